package dev.laurel.parsers.hostile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.laurel.Laurel;
import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.parsers.commendation.Scoring;
import dev.laurel.parsers.html.HtmlCommendationParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile and broken input (issue 7, item 4): each yields an announcement with diagnostics or a
 * {@link LaurelException} with one clear sentence, never another exception, a hang or an
 * OutOfMemoryError. Big cases print their time; no test asserts a time (see LinearTimeBenchmark).
 * The documented results are in parsers/README-input.md.
 */
class HostileInputTest {
    @TempDir
    Path dir;

    private Path write(String name, byte[] bytes) throws IOException {
        Path p = dir.resolve(name);
        Files.write(p, bytes);
        return p;
    }

    private static Set<DiagnosticKind> kinds(Announcement a) {
        return a.allIssues().stream().map(Diagnostic::kind).collect(Collectors.toSet());
    }

    /** One sentence: names the file, no line break, ends with a full stop. */
    private static void oneSentence(LaurelException e, String name) {
        String m = e.getMessage();
        assertTrue(m.contains(name), m);
        assertFalse(m.contains("\n"), m);
        assertTrue(m.endsWith("."), m);
    }

    /** Parses text with both parsers, checks spans and determinism, and prints the time taken. */
    private static Announcement parseText(String label, String text) {
        return parseText(label, text, true);
    }

    private static Announcement parseText(String label, String text, boolean alsoAsHtml) {
        long t0 = System.nanoTime();
        Announcement a = new CommendationTextParser().parse(Source.ofText(text, label), ParseOptions.defaults());
        long t1 = System.nanoTime();
        Source html = alsoAsHtml ? HtmlCommendationParser.extract(Source.ofText(text, label)) : null;
        Announcement h = alsoAsHtml ? new HtmlCommendationParser().parse(Source.ofText(text, label), ParseOptions.defaults()) : null;
        long t2 = System.nanoTime();
        System.out.printf("[hostile] %-28s %,11d chars: text parser %,6d ms, html parser %,6d ms; %d awardees, issues %s%n",
                label, text.length(), (t1 - t0) / 1_000_000, (t2 - t1) / 1_000_000, a.awardees().size(), kinds(a));
        assertEquals(List.of(), Scoring.spanProblems(a, text));
        if (alsoAsHtml) {
            assertEquals(List.of(), Scoring.spanProblems(h, html.text()));
        }
        return a;
    }

    @Test
    void emptyFile() throws Exception {
        Announcement a = Laurel.parse(write("empty.txt", new byte[0]));
        assertEquals(Set.of(DiagnosticKind.EMPTY_DOCUMENT), kinds(a));
        assertTrue(a.awardees().isEmpty() && a.roster().isEmpty());
        assertEquals(0, a.source().bytes());
    }

    @Test
    void onlyWhitespace() throws Exception {
        byte[] ws = " \t\r\n\n\u3000\u00A0\uFEFF  \n".getBytes(StandardCharsets.UTF_8);
        Announcement a = Laurel.parse(write("blank.txt", ws));
        assertEquals(Set.of(DiagnosticKind.EMPTY_DOCUMENT), kinds(a));
        Announcement html = new HtmlCommendationParser().parse(
                Source.ofText("<html><body> \n <p>&nbsp;</p><script>var x = '杭州市';</script></body></html>", "blank.html"),
                ParseOptions.defaults());
        assertEquals(Set.of(DiagnosticKind.EMPTY_DOCUMENT), kinds(html));
    }

    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R',
            0, 0, 0, 1, 0, 0, 0, 1, 8, 6, 0, 0, 0, 0x1F, 0x15, (byte) 0xC4, (byte) 0x89};
    static final byte[] PDF = "%PDF-1.7\n%\u00E2\u00E3\u00CF\u00D3\n1 0 obj\n<< /Type /Catalog >>\nendobj\n"
            .getBytes(StandardCharsets.ISO_8859_1);

    @Test
    void pngOrPdfNamedTxtIsRefused() throws Exception {
        LaurelException png = assertThrows(LaurelException.class, () -> Laurel.parse(write("roster.txt", PNG)));
        oneSentence(png, "roster.txt");
        assertTrue(png.getMessage().contains("PNG image"), png.getMessage());
        LaurelException pdf = assertThrows(LaurelException.class, () -> Laurel.parse(write("roster2.txt", PDF)));
        oneSentence(pdf, "roster2.txt");
        assertTrue(pdf.getMessage().contains("PDF document"), pdf.getMessage());
    }

    @Test
    void pngOrPdfForcedThroughAsTextYieldsDiagnostics() throws Exception {
        // With an explicit charset the caller insists it is text: it is read, nothing is found.
        Announcement png = Laurel.parse(write("png.txt", PNG), ParseOptions.defaults().withCharset(StandardCharsets.ISO_8859_1));
        assertTrue(png.awardees().isEmpty() && png.roster().isEmpty());
        assertTrue(kinds(png).contains(DiagnosticKind.NO_AWARDEES), kinds(png).toString());
        Announcement pdf = parseText("pdf-as-string", new String(PDF, StandardCharsets.ISO_8859_1));
        assertTrue(pdf.awardees().isEmpty());
    }

    @Test
    void randomBytesAreRefusedOrParsed() throws Exception {
        Random random = new Random(7);
        int refused = 0;
        for (int i = 0; i < 200; i++) {
            byte[] bytes = new byte[random.nextInt(4096)];
            random.nextBytes(bytes);
            if (i % 2 == 1) {
                for (int j = 0; j < bytes.length; j++) {
                    bytes[j] = (byte) (bytes[j] == 0 ? 1 : bytes[j]); // no NUL: reaches the charset checks
                }
            }
            try {
                Announcement a = Laurel.parse(Source.of(bytes, "random-" + i + ".bin", null), ParseOptions.defaults());
                assertEquals(List.of(), Scoring.spanProblems(a, Source.of(bytes, "r", null).text()));
            } catch (LaurelException e) {
                oneSentence(e, "random-" + i + ".bin");
                refused++;
            }
        }
        assertTrue(refused >= 190, "random bytes are practically never valid UTF-8 or GB18030: " + refused);
    }

    @Test
    void a200MegabyteFileIsRefusedBeforeItIsRead() throws Exception {
        Path big = dir.resolve("huge.txt");
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(200L * 1024 * 1024); // sparse: takes no disk space
        }
        LaurelException e = assertThrows(LaurelException.class, () -> Laurel.parse(big));
        oneSentence(e, "huge.txt");
        assertTrue(e.getMessage().contains(String.valueOf(Source.MAX_BYTES)), e.getMessage());
        // A file just over the limit is refused too; one at the limit is read (not tried here: 64 MiB).
        try (RandomAccessFile f = new RandomAccessFile(big.toFile(), "rw")) {
            f.setLength(Source.MAX_BYTES + 1);
        }
        assertThrows(LaurelException.class, () -> Source.of(big));
    }

    @Test
    void anEndlessStreamIsCutAtTheLimit() {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'a';
            }

            @Override
            public int read(byte[] b, int off, int len) {
                java.util.Arrays.fill(b, off, off + len, (byte) 'a');
                return len;
            }
        };
        LaurelException e = assertThrows(LaurelException.class, () -> Source.of(endless, "stdin", null));
        oneSentence(e, "stdin");
        assertTrue(e.getMessage().contains("limit"), e.getMessage());
    }

    @Test
    void tenMegabyteLineWithoutPunctuation() {
        String unit = "杭州市坚持双拥优良传统军地合力军民同心扎实开展拥军杭州建设新时代军政军民团结更加巩固更加深厚全市每年慰问金额超6300万元";
        StringBuilder b = new StringBuilder();
        while (b.length() * 3 < 10 * 1024 * 1024) {
            b.append(unit);
        }
        Announcement a = parseText("10MB-one-line", b.toString(), false);
        assertTrue(a.roster().size() <= ParseOptions.DEFAULT_MAX_DIAGNOSTICS * 100);
    }

    @Test
    void hundredThousandDigits() {
        StringBuilder b = new StringBuilder("杭州市投入");
        Random r = new Random(1);
        for (int i = 0; i < 100_000; i++) {
            b.append((char) ('0' + r.nextInt(10)));
        }
        b.append("万元。");
        Announcement a = parseText("100k-digits", b.toString());
        assertTrue(a.awardees().stream().allMatch(w -> w.metrics().stream().allMatch(m -> m.value().precision() < 200_000)));
        parseText("100k-digits-grouped", "浙江省杭州市\n\n投入" + "1,000,".repeat(16_667) + "万元。");
        parseText("100k-chinese-numerals", "浙江省杭州市\n\n投入" + "一万零十二亿".repeat(16_667) + "元。");
        parseText("100k-fullwidth-digits", "浙江省杭州市\n\n投入" + "９".repeat(100_000) + ".５万人次。");
        parseText("100k-decimal-points", "投入" + "1.".repeat(50_000) + "亿元。");
    }

    @Test
    void tenThousandNestedBracketsAndQuotes() {
        for (String[] pair : new String[][] {{"（", "）"}, {"(", ")"}, {"“", "”"}, {"《", "》"}, {"「", "」"}, {"\"", "\""}}) {
            String nested = "浙江省杭州市\n\n" + pair[0].repeat(10_000) + "先后9次被命名为全国双拥模范城，投入1200万元"
                    + pair[1].repeat(10_000) + "。";
            parseText("10k-nested " + pair[0] + pair[1], nested);
            parseText("10k-unclosed " + pair[0], "杭州市" + pair[0].repeat(10_000) + "投入1200万元。");
        }
        String divs = "<html><body>" + "<div>".repeat(10_000) + "<p>杭州市先后9次被命名为全国双拥模范城。</p>"
                + "</div>".repeat(10_000) + "</body></html>";
        String extracted = HtmlCommendationParser.extract(Source.ofText(divs, "nested.html")).text();
        assertEquals("杭州市先后9次被命名为全国双拥模范城。", extracted);
        parseText("10k-nested-divs", divs);
        parseText("10k-unclosed-b-font", "<html><body>" + "<b><font><i>".repeat(10_000) + "杭州市投入1200万元。</body></html>");
        parseText("10k-table-in-table", "<html><body>" + "<table><tr><td>".repeat(10_000) + "杭州市投入1200万元。</body></html>");
    }

    @Test
    void malformedSurrogatesInAString() {
        for (String bad : List.of("\uD800", "\uDC00", "\uDC00\uD800", "杭州市\uD800投入1200万元。", "投入1200\uDBFF万元\uDFFF。",
                "浙江省杭州市\n\n杭州市先后9次被命名为全国双拥模范城\uD83D。投入\uDE001200万元。", "<html><body><p>\uD800杭州市</p></body></html>")) {
            parseText("lone-surrogate", bad);
        }
    }

    @Test
    void malformedSurrogatesInBytes() throws Exception {
        // A UTF-8-encoded lone surrogate (CESU-style ED A0 80) is invalid UTF-8.
        byte[] utf8Surrogate = {(byte) 0xE6, (byte) 0x9D, (byte) 0xAD, (byte) 0xED, (byte) 0xA0, (byte) 0x80, '1', '2'};
        try {
            Announcement a = Laurel.parse(write("cesu.txt", utf8Surrogate));
            assertEquals("GB18030", a.source().charset(), "decoded as GB18030 (the bytes happen to be valid there)");
        } catch (LaurelException e) {
            oneSentence(e, "cesu.txt");
        }
        // A lone surrogate in UTF-16 with a BOM is replaced (U+FFFD) on its own; the digits after it are kept.
        byte[] utf16 = {(byte) 0xFF, (byte) 0xFE, 0x6D, 0x67, 0x00, (byte) 0xD8, 0x31, 0x00, 0x32, 0x00};
        Announcement a = Laurel.parse(write("utf16.txt", utf16));
        assertEquals("UTF-16LE", a.source().charset());
        Source s = Source.of(utf16, "utf16.txt", null);
        assertEquals("杭\uFFFD12", s.text());
        // Odd byte count in UTF-16: the last byte is replaced.
        assertEquals("杭\uFFFD", Source.of(new byte[] {(byte) 0xFF, (byte) 0xFE, 0x6D, 0x67, 0x31}, "odd", null).text());
    }

    @Test
    void rosterWithoutSections() {
        Announcement a = parseText("roster-only", "江苏省8个市县被命名为全国双拥模范城（县）\n\n"
                + "全省共有8个市、县（市）榜上有名，分别是：南京市、无锡市、徐州市、苏州市、南通市、扬州市、张家港市、沛县。");
        // A roster alone is a complete announcement (fixtures 03 and 04 are such lists): no diagnostic needed.
        assertEquals(8, a.roster().size());
        assertTrue(a.awardees().isEmpty());
        assertFalse(kinds(a).contains(DiagnosticKind.NO_ROSTER), kinds(a).toString());
        assertFalse(kinds(a).contains(DiagnosticKind.MISSING_SECTION), kinds(a).toString());
    }

    @Test
    void sectionsWithoutRoster() {
        Announcement a = parseText("sections-only", "江苏省双拥模范城简要事迹\n\n一、南京市\n\n南京市先后8次被命名为全国双拥模范城。\n\n"
                + "二、无锡市\n\n无锡市连续第七次被命名为全国双拥模范城。投入资金1200万元。");
        assertEquals(List.of("南京市", "无锡市"), a.awardees().stream().map(w -> w.name()).toList());
        assertTrue(a.roster().isEmpty());
        assertTrue(kinds(a).contains(DiagnosticKind.NO_ROSTER), kinds(a).toString());
        assertFalse(kinds(a).contains(DiagnosticKind.UNLISTED_SECTION));
    }

    @Test
    void aDirectoryOrAMissingPath() throws IOException {
        LaurelException d = assertThrows(LaurelException.class, () -> Laurel.parse(dir));
        oneSentence(d, dir.toString());
        assertTrue(d.getMessage().contains("directory"), d.getMessage());
        Path missing = dir.resolve("no-such-file.txt");
        LaurelException m = assertThrows(LaurelException.class, () -> Laurel.parse(missing));
        oneSentence(m, "no-such-file.txt");
        assertTrue(m.getMessage().contains("does not exist"), m.getMessage());
    }

    @Test
    void anUnreadableFile() throws IOException {
        Path locked = write("locked.txt", "杭州市".getBytes(StandardCharsets.UTF_8));
        if (!locked.toFile().setReadable(false) || Files.isReadable(locked)) {
            return; // running as root: permissions are not enforced
        }
        LaurelException e = assertThrows(LaurelException.class, () -> Laurel.parse(locked));
        oneSentence(e, "locked.txt");
    }
}
