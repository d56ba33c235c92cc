package dev.laurel.spi;

import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.model.SourceSpan;
import dev.laurel.text.LineBreaks;
import dev.laurel.text.TextProfile;
import java.util.ArrayList;
import java.util.List;

/**
 * The diagnostics a parser reports for its source before reading it: what decoding noticed
 * ({@link Source#issues()}) and a {@link DiagnosticKind#MALFORMED_TEXT} diagnostic when the text holds
 * replacement chars, lone surrogates or control chars, with their counts and the span of the first.
 */
public final class SourceIssues {
    /** Chars of context quoted on either side of the first malformed char. */
    private static final int CONTEXT = 8;

    private SourceIssues() {
    }

    /**
     * The source's decoding issues, then the malformed-text diagnostic of its text, if any.
     *
     * @param source the decoded source
     * @return the diagnostics, empty when there are none
     */
    public static List<Diagnostic> of(Source source) {
        List<Diagnostic> out = new ArrayList<>(source.issues());
        Diagnostic malformed = malformed(source.text(), source.charset().name());
        if (malformed != null) {
            out.add(malformed);
        }
        return out;
    }

    /**
     * The malformed-text diagnostic of {@code text}, read in {@code charset}, or null when it holds no malformed char.
     *
     * @param text    the decoded text
     * @param charset the charset's name, for the message
     * @return the diagnostic, or null
     */
    public static Diagnostic malformed(String text, String charset) {
        if (!mayBeMalformed(text)) {
            return null; // most texts: no char the profile could count as malformed, so it is not made
        }
        TextProfile p = TextProfile.of(text);
        if (p.malformed() == 0) {
            return null;
        }
        List<String> parts = new ArrayList<>();
        if (p.replacements() > 0) {
            parts.add(count(p.replacements(), "replacement char") + " (U+FFFD)");
        }
        if (p.loneSurrogates() > 0) {
            parts.add(count(p.loneSurrogates(), "lone surrogate"));
        }
        if (p.controls() > 0) {
            parts.add(count(p.controls(), "control char"));
        }
        int at = p.firstMalformed();
        int end = at + 1;
        String message = "the text holds " + String.join(", ", parts) + ", the first in “" + context(text, at)
                + "”: " + (p.replacements() > 0 ? "bytes that are not valid " + charset + " were replaced, or the text"
                + " was damaged before it was saved; " : "") + "figures next to them may be missing"
                + (p.replacements() > 0 ? "; if the file is in another encoding, pass it with --charset NAME" : "");
        return Diagnostic.of(DiagnosticKind.MALFORMED_TEXT, null, message, new SourceSpan(at, end));
    }

    /**
     * False when {@code text} holds none of the chars {@link TextProfile#malformed()} counts: controls other than
     * tab and line breaks, DEL and C1 controls, surrogates, U+FFFD. A cheap test before the profile; true may be
     * a false alarm (NEL, a paired surrogate), which the profile then settles.
     */
    private static boolean mayBeMalformed(String text) {
        for (int i = 0, n = text.length(); i < n; i++) {
            char c = text.charAt(i);
            if (c >= 0xA0 ? c >= 0xD800 && (c <= 0xDFFF || c == 0xFFFD)
                    : c >= 0x7F || c < 0x20 && c != '\t' && c != '\n' && c != '\r' && c != 0x0B && c != 0x0C) {
                return true;
            }
        }
        return false;
    }

    private static String count(int n, String what) {
        return n + " " + what + (n == 1 ? "" : "s");
    }

    /** Up to {@link #CONTEXT} chars either side of {@code at}, line breaks as ↵, malformed and invisible chars as U+XXXX. */
    private static String context(String text, int at) {
        int from = Math.max(0, at - CONTEXT);
        int to = Math.min(text.length(), at + 1 + CONTEXT);
        if (from > 0 && Character.isLowSurrogate(text.charAt(from)) && Character.isHighSurrogate(text.charAt(from - 1))) {
            from--;
        }
        if (to < text.length() && Character.isLowSurrogate(text.charAt(to)) && Character.isHighSurrogate(text.charAt(to - 1))) {
            to++;
        }
        StringBuilder b = new StringBuilder();
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < to && Character.isLowSurrogate(text.charAt(i + 1));
            if (pair) {
                b.append(c).append(text.charAt(++i));
            } else if (LineBreaks.isBreak(c)) {
                b.append('↵');
            } else if (Character.isSurrogate(c) || Character.isISOControl(c) || c == '\uFFFD'
                    || Character.getType(c) == Character.FORMAT || c == '\u2028' || c == '\u2029') {
                b.append(String.format("U+%04X", (int) c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }
}
