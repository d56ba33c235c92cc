package dev.laurel.parsers.pdf;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.LosslessFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;

/**
 * Writes the PDF fixtures of {@code src/test/resources/dev/laurel/parsers/pdf} from devset documents with
 * PDFBox's own writer: A4 pages, WenQuanYi Micro Hei embedded as a subset (Debian's fonts-wqy-microhei,
 * Apache 2.0 / GPL), paragraphs wrapped at the right margin with a two-char first-line indent, a blank text
 * line as vertical space, a tab-separated line as a table row with its cells in columns, a running head and a
 * page number on every page. Also an image-only page (a scan) and an encrypted PDF. Run from the module:
 * {@code mvn -o -q test -pl parsers/pdf -Dtest=PdfFixtures -Dlaurel.regenerate=true} (with -am the first time).
 */
public final class PdfFixtures {

    static final Path OUT = Path.of("src/test/resources/dev/laurel/parsers/pdf");
    static final Path FONT = Path.of("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");
    static final float SIZE = 11;
    static final float LEADING = 18;
    static final float LEFT = 60;
    static final float RIGHT = PDRectangle.A4.getWidth() - 60;
    static final float TOP = 90;
    static final float BOTTOM = PDRectangle.A4.getHeight() - 90;
    static final float COLUMN = 160;

    /** The devset documents written as PDF. */
    static final List<String> DOCS = List.of("01", "07", "28");

    @org.junit.jupiter.api.Test
    void regenerate() throws IOException {
        org.junit.jupiter.api.Assumptions.assumeTrue(Boolean.getBoolean("laurel.regenerate"), "-Dlaurel.regenerate=true");
        main(new String[0]);
    }

    public static void main(String[] args) throws IOException {
        Path devset = Path.of(System.getProperty("laurel.devset", "../src/test/resources/devset"));
        Files.createDirectories(OUT);
        for (String id : DOCS) {
            String text = Files.readString(devset.resolve("docs/" + id + ".txt"), StandardCharsets.UTF_8);
            // 28 has its table across the page break, after its fourth row.
            write(text, id.equals("28") ? "5    张家界市" : null, OUT.resolve("devset-" + id + ".pdf"));
        }
        scan(OUT.resolve("scan.pdf"));
        encrypted(OUT.resolve("encrypted.pdf"));
    }

    /** Writes {@code text}, starting a new page at the line that starts with {@code breakBefore} (when not null). */
    static void write(String text, String breakBefore, Path out) throws IOException {
        try (TrueTypeCollection ttc = new TrueTypeCollection(FONT.toFile()); PDDocument doc = new PDDocument()) {
            TrueTypeFont ttf = ttc.getFontByName("WenQuanYiMicroHei");
            PDFont font = PDType0Font.load(doc, ttf, true);
            Writer w = new Writer(doc, font);
            for (String line : text.split("\n", -1)) {
                line = line.strip();
                if (breakBefore != null && line.startsWith(breakBefore)) {
                    w.newPage();
                }
                if (line.isEmpty()) {
                    w.skip();
                } else if (line.contains("\t")) {
                    w.row(line.split("\t"));
                } else {
                    w.paragraph(line);
                }
            }
            w.close();
            doc.save(out.toFile());
        }
    }

    /** Lays out lines on pages, with the running head and the page number. */
    private static final class Writer {
        final PDDocument doc;
        final PDFont font;
        PDPageContentStream cs;
        float y;
        int lines;
        int page;

        Writer(PDDocument doc, PDFont font) throws IOException {
            this.doc = doc;
            this.font = font;
            newPage();
        }

        void newPage() throws IOException {
            close();
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            cs = new PDPageContentStream(doc, p);
            page++;
            show("双拥工作简报　2025年第4期", LEFT, 40, 9);
            show("第 " + page + " 页", PDRectangle.A4.getWidth() / 2 - 15, PDRectangle.A4.getHeight() - 40, 9);
            y = TOP;
            lines = 0;
        }

        void close() throws IOException {
            if (cs != null) {
                cs.close();
                cs = null;
            }
        }

        void show(String s, float x, float top, float size) throws IOException {
            cs.beginText();
            cs.setFont(font, size);
            cs.newLineAtOffset(x, PDRectangle.A4.getHeight() - top - size);
            cs.showText(s);
            cs.endText();
        }

        void next() throws IOException {
            y += LEADING;
            lines++;
            if (y > BOTTOM) {
                newPage();
            }
        }

        void skip() throws IOException {
            if (lines > 0) {
                next();
            }
        }

        void paragraph(String text) throws IOException {
            float x = LEFT + 2 * SIZE;
            int start = 0;
            while (start < text.length()) {
                int end = start;
                float width = 0;
                while (end < text.length()) {
                    int cp = text.codePointAt(end);
                    float cw = font.getStringWidth(new String(Character.toChars(cp))) / 1000 * SIZE;
                    if (x + width + cw > RIGHT) {
                        break;
                    }
                    width += cw;
                    end += Character.charCount(cp);
                }
                show(text.substring(start, end), x, y, SIZE);
                next();
                start = end;
                x = LEFT;
            }
        }

        void row(String[] cells) throws IOException {
            for (int i = 0; i < cells.length; i++) {
                show(cells[i].strip(), LEFT + i * COLUMN, y, SIZE);
            }
            next();
        }
    }

    /** One A4 page holding only an image of a page, as a scanner makes it. */
    static void scan(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            BufferedImage img = new BufferedImage(120, 170, BufferedImage.TYPE_BYTE_GRAY);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, 120, 170);
            g.setColor(Color.BLACK);
            for (int row = 20; row < 150; row += 8) {
                g.fillRect(15, row, 90, 3); // lines of "print"
            }
            g.dispose();
            PDImageXObject image = LosslessFactory.createFromImage(doc, img);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.drawImage(image, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
            }
            doc.save(out.toFile());
        }
    }

    /** A PDF with a user password: it cannot be opened without it. */
    static void encrypted(Path out) throws IOException {
        try (PDDocument doc = new PDDocument()) {
            PDPage p = new PDPage(PDRectangle.A4);
            doc.addPage(p);
            try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                cs.beginText();
                cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                cs.newLineAtOffset(60, 700);
                cs.showText("secret");
                cs.endText();
            }
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner", "user", new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(new File(out.toString()));
        }
    }
}
