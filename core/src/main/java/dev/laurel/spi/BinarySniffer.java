package dev.laurel.spi;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;

/** Recognises binary files: the magic numbers of images, PDF and archives, and NUL bytes anywhere. */
final class BinarySniffer {
    private static final VarHandle LONGS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

    private BinarySniffer() {
    }

    /** What kind of binary file the bytes start like ("a PNG image"), or null when they start like none. */
    static String magic(byte[] b) {
        if (startsWith(b, 0x89, 'P', 'N', 'G')) {
            return "a PNG image";
        }
        if (startsWith(b, '%', 'P', 'D', 'F')) {
            return "a PDF document";
        }
        if (startsWith(b, 0xFF, 0xD8, 0xFF)) {
            return "a JPEG image";
        }
        if (startsWith(b, 'G', 'I', 'F', '8')) {
            return "a GIF image";
        }
        if (startsWith(b, 'P', 'K', 3, 4)) {
            return "a ZIP archive (or a .docx/.xlsx file)";
        }
        if (startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return "an old Microsoft Office file";
        }
        return null;
    }

    /**
     * What document format the bytes start like, when a parser plugin may read it ("a PDF document", a ZIP
     * archive, an old Office file), else null: images and other binary files are refused as text.
     */
    static String document(byte[] b) {
        if (startsWith(b, '%', 'P', 'D', 'F') || startsWith(b, 'P', 'K', 3, 4) || startsWith(b, 0xD0, 0xCF, 0x11, 0xE0)) {
            return magic(b);
        }
        return null;
    }

    /** The index of the first 0 byte of {@code b}, or -1; reads eight bytes at a time. */
    static int firstNul(byte[] b) {
        int i = 0;
        for (; i + 8 <= b.length; i += 8) {
            long x = (long) LONGS.get(b, i);
            if (((x - 0x0101010101010101L) & ~x & 0x8080808080808080L) != 0) {
                break; // the classic has-zero-byte test: non-zero exactly when a byte of x is 0
            }
        }
        for (; i < b.length; i++) {
            if (b[i] == 0) {
                return i;
            }
        }
        return -1;
    }

    static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }
}
