package dev.laurel.parsers.html;

import dev.laurel.model.Diagnostic;
import dev.laurel.spi.CharsetFit;
import dev.laurel.spi.Source;
import dev.laurel.spi.SourceDecoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The charset a page declares in its first bytes ({@code <meta charset>}, {@code <meta http-equiv=
 * "Content-Type" content="…; charset=…">}, {@code <?xml … encoding="…"?>}), and the source re-decoded
 * with it. Names follow the WHATWG encoding labels where Java differs: GB2312 and GBK are read as
 * GB18030 (their superset), Big5 as Big5-HKSCS, ISO-8859-1 and US-ASCII as windows-1252, and a
 * declared UTF-16 (impossible in an ASCII-compatible prescan) as UTF-8.
 */
final class PageCharset {

    /** How far into the bytes declarations are looked for (the WHATWG prescan reads 1024). */
    static final int PRESCAN_BYTES = 8192;

    private static final Pattern META = Pattern.compile(
            "<meta\\b[^>]{0,512}?charset\\s*=\\s*[\"']?\\s*([A-Za-z0-9._:\\-]{1,40})", Pattern.CASE_INSENSITIVE);
    private static final Pattern XML = Pattern.compile(
            "^\\s{0,64}<\\?xml\\b[^>]{0,256}?encoding\\s*=\\s*[\"']([A-Za-z0-9._:\\-]{1,40})[\"']",
            Pattern.CASE_INSENSITIVE);

    private PageCharset() {
    }

    /** The charset declared in the first {@link #PRESCAN_BYTES} bytes, or null when none (or unknown). */
    static Charset declared(byte[] bytes) {
        // ISO-8859-1 maps each byte to one char, so the ASCII of any ASCII-compatible page reads as is.
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher xml = XML.matcher(head);
        if (xml.find()) {
            return forLabel(xml.group(1));
        }
        Matcher meta = META.matcher(head);
        while (meta.find()) {
            Charset cs = forLabel(meta.group(1));
            if (cs != null) {
                return cs;
            }
        }
        return null;
    }

    /** The Java charset for an encoding label, or null when Java has none. */
    static Charset forLabel(String label) {
        String l = label.strip().toLowerCase(Locale.ROOT);
        switch (l) {
            case "gb2312", "gbk", "x-gbk", "cp936", "ms936", "windows-936", "gb_2312-80", "csgb2312", "euc-cn",
                    "chinese", "iso-ir-58", "csiso58gb231280", "gb18030" -> {
                return Charset.forName("GB18030");
            }
            case "big5", "big-5", "cn-big5", "csbig5", "x-x-big5", "big5-hkscs" -> {
                return supported("Big5-HKSCS", "Big5");
            }
            case "utf-16", "utf-16le", "utf-16be", "unicode", "ucs-2", "utf8", "unicode-1-1-utf-8" -> {
                return StandardCharsets.UTF_8;
            }
            case "iso-8859-1", "latin1", "l1", "iso8859-1", "ascii", "us-ascii", "x-user-defined" -> {
                return supported("windows-1252", "ISO-8859-1");
            }
            default -> {
                return supported(l, null);
            }
        }
    }

    private static Charset supported(String name, String fallback) {
        try {
            if (Charset.isSupported(name)) {
                return Charset.forName(name);
            }
        } catch (IllegalArgumentException e) {
            // an illegal charset name: ignore the declaration
        }
        return fallback == null ? null : Charset.forName(fallback);
    }

    /**
     * The source decoded with the page's declared charset, when that applies: the source came from
     * bytes, the caller gave no charset, no byte order mark decided, and the declaration fits the bytes.
     * It does not fit when the bytes are invalid in it, when they are valid UTF-8 with at least one
     * multi-byte sequence (such bytes are practically never text in another encoding, so the declaration
     * is stale: a page re-saved as UTF-8 keeps its old {@code <meta>}), or when its text holds less than
     * half the Chinese of the detected reading, or more doubtful chars ({@code iso-8859-1} declared over
     * GB18030 bytes). Then the detected reading stays, with a {@code charset-mismatch} diagnostic.
     */
    static Source apply(Source source) {
        if (!source.charsetDetected()) {
            return source;
        }
        byte[] raw = source.raw();
        if (raw == null || hasBom(raw)) {
            return source;
        }
        Charset declared = declared(raw);
        if (declared == null || declared.equals(source.charset())) {
            return source;
        }
        if (source.charset().equals(StandardCharsets.UTF_8) && hasNonAscii(raw)) {
            return withIssue(source, CharsetFit.mismatch("the page declares the charset " + declared.name()
                    + ", but its bytes are valid UTF-8 with multi-byte chars; they were read as UTF-8"));
        }
        String text = SourceDecoder.strict(raw, declared);
        Diagnostic misfit = CharsetFit.declared(text, declared, source.text(), source.charset());
        if (misfit != null) {
            return withIssue(source, misfit);
        }
        return new Source(source.name(), text, declared, true, source.byteLength(), source.sha256(),
                source.textOrigin(), raw, source.issues());
    }

    private static Source withIssue(Source source, Diagnostic issue) {
        List<Diagnostic> issues = new ArrayList<>(source.issues());
        issues.add(issue);
        return new Source(source.name(), source.text(), source.charset(), source.charsetDetected(),
                source.byteLength(), source.sha256(), source.textOrigin(), source.raw(), issues);
    }

    private static boolean hasBom(byte[] b) {
        return (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE)
                || (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF);
    }

    private static boolean hasNonAscii(byte[] b) {
        for (byte x : b) {
            if (x < 0) {
                return true;
            }
        }
        return false;
    }
}
