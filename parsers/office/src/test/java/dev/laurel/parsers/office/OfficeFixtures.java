package dev.laurel.parsers.office;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xssf.usermodel.XSSFRow;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/**
 * Writes the Word and Excel fixtures of {@code src/test/resources/dev/laurel/parsers/office} with POI's own
 * writers: devset documents as .docx (a text line a paragraph, a run of tab-separated lines a table, a page
 * footer the parser leaves out), a two-sheet .xlsx name list with a merged title row and provinces merged over
 * their cities, and an OLE2 file standing for an old .doc. Run from the module:
 * {@code mvn -o -q test -pl parsers/office -am -Dtest=OfficeFixtures -Dsurefire.failIfNoSpecifiedTests=false -Dlaurel.regenerate=true}.
 */
public final class OfficeFixtures {

    static final Path OUT = Path.of("src/test/resources/dev/laurel/parsers/office");
    static final List<String> DOCS = List.of("01", "07", "28");

    /** The name list of roster.xlsx: sheet, province, city, count; a province's cities follow each other. */
    static final String[][] ROSTER = {
        {"第一批", "江苏", "南京市", "3"}, {"第一批", "江苏", "苏州市", "5"},
        {"第一批", "浙江", "杭州市", "6"}, {"第一批", "浙江", "宁波市", "4"}, {"第一批", "浙江", "温州市", "2"},
        {"第二批", "广东", "广州市", "7"}, {"第二批", "广东", "深圳市", "5"}, {"第二批", "福建", "厦门市", "8"},
    };

    @org.junit.jupiter.api.Test
    void regenerate() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("laurel.regenerate"), "-Dlaurel.regenerate=true");
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        Path devset = Path.of(System.getProperty("laurel.devset", "../src/test/resources/devset"));
        Files.createDirectories(OUT);
        for (String id : DOCS) {
            docx(Files.readString(devset.resolve("docs/" + id + ".txt"), StandardCharsets.UTF_8),
                    OUT.resolve("devset-" + id + ".docx"));
        }
        xlsx(OUT.resolve("roster.xlsx"));
        try (POIFSFileSystem fs = new POIFSFileSystem(); OutputStream out = Files.newOutputStream(OUT.resolve("old.doc"))) {
            fs.createDocument(new java.io.ByteArrayInputStream(new byte[64]), "WordDocument");
            fs.writeFilesystem(out);
        }
    }

    static void docx(String text, Path out) throws IOException {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFFooter footer = doc.createFooter(org.apache.poi.wp.usermodel.HeaderFooterType.DEFAULT);
            footer.createParagraph().createRun().setText("双拥工作简报　第 1 页");
            List<String[]> rows = new ArrayList<>();
            for (String line : text.split("\n", -1)) {
                line = line.strip();
                if (line.contains("\t")) {
                    rows.add(line.split("\t"));
                    continue;
                }
                table(doc, rows);
                doc.createParagraph().createRun().setText(line);
            }
            table(doc, rows);
            try (OutputStream o = Files.newOutputStream(out)) {
                doc.write(o);
            }
        }
    }

    private static void table(XWPFDocument doc, List<String[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        int cols = rows.stream().mapToInt(r -> r.length).max().orElse(1);
        XWPFTable t = doc.createTable(rows.size(), cols);
        for (int i = 0; i < rows.size(); i++) {
            XWPFTableRow row = t.getRow(i);
            for (int j = 0; j < cols; j++) {
                row.getCell(j).setText(j < rows.get(i).length ? rows.get(i)[j].strip() : "");
            }
        }
        rows.clear();
    }

    static void xlsx(Path out) throws IOException {
        try (XSSFWorkbook book = new XSSFWorkbook()) {
            String sheetName = null;
            XSSFSheet sheet = null;
            int r = 0;
            int n = 0;
            int groupStart = -1;
            String province = null;
            for (String[] row : ROSTER) {
                if (!row[0].equals(sheetName)) {
                    merge(sheet, groupStart, r - 1);
                    sheetName = row[0];
                    sheet = book.createSheet(sheetName);
                    sheet.createRow(0).createCell(0).setCellValue("全国双拥模范城（县）名单（" + sheetName + "）");
                    sheet.addMergedRegion(new CellRangeAddress(0, 0, 0, 3));
                    // row 1 left blank on purpose
                    XSSFRow header = sheet.createRow(2);
                    String[] names = {"序号", "省份", "名称", "命名次数"};
                    for (int i = 0; i < names.length; i++) {
                        header.createCell(i).setCellValue(names[i]);
                    }
                    r = 3;
                    province = null;
                    groupStart = -1;
                }
                XSSFRow x = sheet.createRow(r);
                x.createCell(0).setCellValue(++n);
                if (!row[1].equals(province)) {
                    merge(sheet, groupStart, r - 1);
                    province = row[1];
                    groupStart = r;
                    x.createCell(1).setCellValue(province);
                }
                x.createCell(2).setCellValue(row[2]);
                x.createCell(3).setCellValue(Integer.parseInt(row[3]));
                r++;
            }
            merge(sheet, groupStart, r - 1);
            try (OutputStream o = Files.newOutputStream(out)) {
                book.write(o);
            }
        }
    }

    private static void merge(XSSFSheet sheet, int first, int last) {
        if (sheet != null && first >= 0 && last > first) {
            sheet.addMergedRegion(new CellRangeAddress(first, last, 1, 1));
        }
    }
}
