package dev.laurel.spi;

import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.text.TextProfile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Checks a charset that was named (by a byte order mark, the caller, or a page) against the bytes,
 * and says so in a {@link DiagnosticKind#CHARSET_MISMATCH} diagnostic when they contradict it. Bytes
 * fit a charset when they decode in it strictly; between charsets they fit, the one whose text holds
 * fewer doubtful chars ({@link TextProfile#doubtful()}) and, for this library's documents, more Chinese.
 */
public final class CharsetFit {
    private CharsetFit() {
    }

    /** A decoding with its profile. */
    record Reading(String text, Charset charset, TextProfile profile) {
        static Reading of(String text, Charset charset) {
            return text == null ? null : new Reading(text, charset, TextProfile.of(text));
        }
    }

    /**
     * The reading for bytes after a byte order mark of {@code bom}, at {@code offset}, when the BOM's own
     * reading {@code lenient} is doubtful: the first of UTF-8 and GB18030 that the bytes fit strictly,
     * with nothing doubtful and some Chinese, when at least 1 in 100 chars of the BOM's reading is
     * doubtful (a few bad bytes in a long text stay the BOM's, reported as malformed text); else the
     * BOM's, with a diagnostic when it holds doubtful chars beyond the replaced ones.
     */
    static SourceDecoder.Decoded afterBom(byte[] bytes, int offset, Charset bom, String lenient) {
        TextProfile own = TextProfile.of(lenient);
        if (own.doubtful() == 0) {
            return new SourceDecoder.Decoded(lenient, bom);
        }
        if (100L * own.doubtful() >= own.length()) {
            for (Charset cs : List.of(StandardCharsets.UTF_8, SourceDecoder.GB18030)) {
                Reading r = cs.equals(bom) ? null
                        : Reading.of(SourceDecoder.strict(bytes, offset, bytes.length - offset, cs), cs);
                if (r != null && r.profile().doubtful() == 0 && r.profile().chinese() > 0) {
                    return new SourceDecoder.Decoded(r.text(), cs, List.of(mismatch("the file starts with a "
                            + bom.name() + " byte order mark, but the bytes after it are not " + bom.name() + " text ("
                            + doubts(own) + "); they were read as " + cs.name() + ", which they fit")));
                }
            }
        }
        if (own.doubtful() > own.replacements()) {
            return new SourceDecoder.Decoded(lenient, bom, List.of(mismatch("the bytes after the " + bom.name()
                    + " byte order mark do not read well as " + bom.name() + " (" + doubts(own)
                    + "), nor as UTF-8 or GB18030; they were read as " + bom.name())));
        }
        return new SourceDecoder.Decoded(lenient, bom);
    }

    /**
     * A diagnostic when the caller's {@code given} charset does not fit the bytes as well as the one
     * detection would choose: the detected text holds fewer doubtful chars, or more than twice the
     * Chinese, or is multi-byte UTF-8 (which practically never is text in another charset). Null when
     * the given charset fits, the text is ASCII, or detection refuses the bytes.
     */
    static Diagnostic given(byte[] bytes, String text, Charset given) {
        TextProfile p = TextProfile.of(text);
        if (p.ascii() == p.length()) {
            return null;
        }
        SourceDecoder.Decoded detected;
        try {
            detected = SourceDecoder.decode(bytes, "input", null);
        } catch (dev.laurel.LaurelException e) {
            return null;
        }
        if (detected.charset().equals(given)) {
            return null;
        }
        TextProfile d = TextProfile.of(detected.text());
        boolean better = d.doubtful() < p.doubtful() || d.chinese() > 2L * p.chinese()
                || (detected.charset().equals(StandardCharsets.UTF_8) && detected.issues().isEmpty());
        if (!better || d.doubtful() > p.doubtful()) {
            return null;
        }
        return mismatch("the file was read as " + given.name() + ", as asked, but its bytes fit "
                + detected.charset().name() + " better (" + p.chinese() + " Chinese chars and " + p.doubtful()
                + " replaced or doubtful ones in " + given.name() + ", " + d.chinese() + " and " + d.doubtful()
                + " in " + detected.charset().name() + "): pass --charset " + detected.charset().name()
                + " if that is the file's encoding");
    }

    /**
     * A diagnostic when a page's {@code declared} charset does not fit its bytes and the {@code detected}
     * reading was kept, or null when the declaration fits: it decodes the bytes strictly and its text
     * holds at least half the Chinese chars and no more doubtful chars than the detected reading.
     *
     * @param declaredText the bytes decoded strictly with the declared charset, or null when they are invalid in it
     * @param declared     the charset the page declares
     * @param detectedText the bytes decoded with the detected charset
     * @param detected     the charset the bytes were read with
     * @return a {@code CHARSET_MISMATCH} diagnostic, or null when the declaration fits
     */
    public static Diagnostic declared(String declaredText, Charset declared, String detectedText, Charset detected) {
        if (declaredText == null) {
            return mismatch("the page declares the charset " + declared.name() + ", but its bytes are not valid "
                    + declared.name() + "; they were read as " + detected.name() + ", which they fit");
        }
        TextProfile own = TextProfile.of(declaredText);
        TextProfile other = TextProfile.of(detectedText);
        if (2L * own.chinese() >= other.chinese() && own.doubtful() <= other.doubtful()) {
            return null;
        }
        return mismatch("the page declares the charset " + declared.name() + ", but its bytes read as "
                + detected.name() + " (" + other.chinese() + " Chinese chars, " + own.chinese() + " in "
                + declared.name() + "); they were read as " + detected.name());
    }

    /**
     * A charset-mismatch diagnostic with no span (it concerns the whole input).
     *
     * @param message what does not fit and what was done; not blank
     * @return a diagnostic of kind {@code CHARSET_MISMATCH} and its default severity
     */
    public static Diagnostic mismatch(String message) {
        return Diagnostic.of(DiagnosticKind.CHARSET_MISMATCH, null, message, null);
    }

    private static String doubts(TextProfile p) {
        return p.doubtful() + " of its " + p.length() + " chars are replaced, control, private-use or unassigned";
    }
}
