package dev.laurel.spi;

import dev.laurel.text.TextProfile;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

/**
 * UTF-16 without a byte order mark. The bytes are taken to be UTF-16LE or UTF-16BE when their count
 * is even, they make at least {@link #MIN_CHARS} chars, and, read in that byte order, they hold no
 * replacement char, lone surrogate, control char (a NUL char included), private-use or unassigned code
 * point, at least nine chars in ten are Chinese or ASCII text, and either the 0 bytes sit in the
 * high-byte positions (at least four in five of them: ASCII chars and line breaks put them there) or
 * the text is at least {@link #MIN_CHINESE_CHARS} chars and nine in ten are Chinese. The byte order
 * with more 0 bytes in its high-byte positions is tried first; a binary file fails at its first 0-0
 * byte pair, which reads as U+0000.
 */
final class Utf16Sniffer {
    /** The fewest chars taken for UTF-16 without a byte order mark: "ab\0c" is no UTF-16. */
    static final int MIN_CHARS = 8;
    /** The fewest chars of a text read as UTF-16 on its Chinese alone. */
    static final int MIN_CHINESE_CHARS = 32;

    private Utf16Sniffer() {
    }

    /** The text and charset when the bytes are UTF-16 without a byte order mark, else null. */
    static SourceDecoder.Decoded decode(byte[] b) {
        if (b.length < 2 * MIN_CHARS || b.length % 2 != 0) {
            return null;
        }
        int evenNuls = 0;
        int oddNuls = 0;
        for (int i = 0; i < b.length; i += 2) {
            evenNuls += b[i] == 0 ? 1 : 0;
            oddNuls += b[i + 1] == 0 ? 1 : 0;
        }
        // UTF-16LE puts a char's high byte second (odd positions), UTF-16BE first (even positions).
        boolean littleFirst = oddNuls >= evenNuls;
        SourceDecoder.Decoded d = littleFirst ? tryOrder(b, false, oddNuls, evenNuls) : tryOrder(b, true, evenNuls, oddNuls);
        if (d == null) {
            d = littleFirst ? tryOrder(b, true, evenNuls, oddNuls) : tryOrder(b, false, oddNuls, evenNuls);
        }
        return d;
    }

    private static SourceDecoder.Decoded tryOrder(byte[] b, boolean bigEndian, int highNuls, int lowNuls) {
        Charset cs = bigEndian ? StandardCharsets.UTF_16BE : StandardCharsets.UTF_16LE;
        String text = SourceDecoder.strict(b, 0, b.length, cs);
        if (text == null) {
            return null;
        }
        TextProfile p = TextProfile.of(text);
        boolean plausible = p.length() >= MIN_CHARS && p.doubtful() == 0
                && 10L * (p.chinese() + p.ascii()) >= 9L * p.length();
        boolean nulsAreHighBytes = highNuls > 0 && highNuls >= 4L * lowNuls;
        boolean chinese = p.length() >= MIN_CHINESE_CHARS && 10L * p.chinese() >= 9L * p.length();
        return plausible && (nulsAreHighBytes || chinese) ? new SourceDecoder.Decoded(text, cs) : null;
    }
}
