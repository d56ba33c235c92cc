package dev.laurel.parsers.office;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFSDT;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

/** The text of Word and Excel documents as the commendation reader reads it: one line per paragraph or row. */
final class OfficeText {

    private OfficeText() {
    }

    /**
     * A .docx body: each paragraph a line (an empty one a blank line), each table row a line with its cells
     * split by tabs (a cell's own paragraphs joined). Headers, footers and comments are left out.
     */
    static String docx(XWPFDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (IBodyElement e : doc.getBodyElements()) {
            if (e instanceof XWPFParagraph p) {
                sb.append(paragraph(p.getText())).append('\n');
            } else if (e instanceof XWPFTable t) {
                table(t, sb);
            } else if (e instanceof XWPFSDT sdt) {
                sdt.getContent().getText().lines().forEach(l -> sb.append(paragraph(l)).append('\n'));
            }
        }
        return sb.toString();
    }

    private static void table(XWPFTable t, StringBuilder sb) {
        for (XWPFTableRow row : t.getRows()) {
            List<String> cells = new ArrayList<>();
            for (XWPFTableCell cell : row.getTableCells()) {
                StringBuilder c = new StringBuilder();
                for (XWPFParagraph p : cell.getParagraphs()) {
                    join(c, oneLine(p.getText()));
                }
                for (XWPFTable inner : cell.getTables()) {
                    StringBuilder in = new StringBuilder();
                    table(inner, in);
                    join(c, oneLine(in.toString()));
                }
                cells.add(c.toString());
            }
            row(cells, sb);
        }
    }

    /**
     * An .xlsx workbook: each sheet's rows in order, a row a line with its cells split by tabs; a merged cell's
     * value repeated in every cell it spans (a province grouping several rows); blank rows skipped; a blank line
     * between sheets. Formula cells give their cached value.
     */
    static String xlsx(Workbook book) {
        DataFormatter formatter = new DataFormatter(java.util.Locale.ROOT);
        StringBuilder sb = new StringBuilder();
        for (Sheet sheet : book) {
            Map<Long, CellRangeAddress> merged = new HashMap<>();
            List<CellRangeAddress> regions = sheet.getMergedRegions();
            for (int i = 0; i < regions.size(); i++) {
                CellRangeAddress r = regions.get(i);
                if ((long) (r.getLastRow() - r.getFirstRow() + 1) * (r.getLastColumn() - r.getFirstColumn() + 1) > 100_000) {
                    continue; // a hostile merge over a whole sheet: keep its first cell only
                }
                for (int row = r.getFirstRow(); row <= r.getLastRow(); row++) {
                    for (int col = r.getFirstColumn(); col <= r.getLastColumn(); col++) {
                        merged.put(key(row, col), r);
                    }
                }
            }
            boolean any = false;
            for (Row row : sheet) {
                List<String> cells = new ArrayList<>();
                short last = row.getLastCellNum();
                for (int col = 0; col < last; col++) {
                    CellRangeAddress r = merged.get(key(row.getRowNum(), col));
                    Cell cell;
                    if (r != null) {
                        Row top = sheet.getRow(r.getFirstRow());
                        cell = top == null ? null : top.getCell(r.getFirstColumn());
                    } else {
                        cell = row.getCell(col);
                    }
                    cells.add(cell == null ? "" : oneLine(value(cell, formatter)));
                }
                if (cells.stream().allMatch(String::isBlank)) {
                    continue;
                }
                if (!any && sb.length() > 0) {
                    sb.append('\n');
                }
                any = true;
                row(cells, sb);
            }
        }
        return sb.toString();
    }

    private static String value(Cell cell, DataFormatter formatter) {
        if (cell.getCellType() == CellType.FORMULA) {
            return switch (cell.getCachedFormulaResultType()) {
                case NUMERIC -> formatter.formatRawCellContents(cell.getNumericCellValue(), -1, "General");
                case STRING -> cell.getStringCellValue();
                case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
                default -> "";
            };
        }
        return formatter.formatCellValue(cell);
    }

    private static long key(int row, int col) {
        return ((long) row << 20) | col;
    }

    /** Cells joined by tabs, trailing empty cells dropped. */
    private static void row(List<String> cells, StringBuilder sb) {
        int n = cells.size();
        while (n > 0 && cells.get(n - 1).isBlank()) {
            n--;
        }
        if (n == 0) {
            return;
        }
        sb.append(String.join("\t", cells.subList(0, n))).append('\n');
    }

    /**
     * A paragraph's text on one line: its tabs kept (a name list typed with tabs is a table to the text
     * reader), its line breaks (Shift+Enter) joined as {@link #oneLine} does.
     */
    static String paragraph(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : s.split("[\\n\\r\\u000B\\u2028\\u2029]+")) {
            join(out, part.strip());
        }
        return out.toString();
    }

    /** Text without line breaks or tabs; lines joined without a space between CJK chars. */
    static String oneLine(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (String part : s.split("[\\t\\n\\r\\u000B\\u2028\\u2029]+")) {
            join(out, part.strip());
        }
        return out.toString();
    }

    private static void join(StringBuilder sb, String part) {
        if (part.isEmpty()) {
            return;
        }
        if (sb.length() > 0 && latin(sb.charAt(sb.length() - 1)) && latin(part.charAt(0))) {
            sb.append(' ');
        }
        sb.append(part);
    }

    private static boolean latin(char c) {
        return c < 0x2E80 && Character.isLetterOrDigit(c);
    }
}
