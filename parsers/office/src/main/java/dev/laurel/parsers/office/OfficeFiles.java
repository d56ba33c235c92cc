package dev.laurel.parsers.office;

import dev.laurel.LaurelException;
import dev.laurel.spi.Source;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.util.IOUtils;

/**
 * What the Word and Excel parsers share: which Office format a binary source is, POI's limits against
 * hostile files, and the refusals. The limits are POI's JVM-wide settings; they are set once, before the
 * first Office file is read, and only where the application left POI's defaults. Telling the format (which
 * the parsers' {@code confidence} does for every input) loads nothing of POI.
 */
final class OfficeFiles {

    /** The largest entry of a .docx/.xlsx POI inflates (the XML of a sheet or a document body). */
    static final long MAX_ENTRY_BYTES = 100L * 1024 * 1024;
    /** The smallest compressed/inflated ratio accepted: a smaller one is a zip bomb. */
    static final double MIN_INFLATE_RATIO = 0.01;
    /** The largest byte array POI allocates for one record or part. */
    static final int MAX_ARRAY_BYTES = 100 * 1024 * 1024;
    /** How many ZIP entries {@link #format} looks at before it gives up. */
    private static final int SNIFF_ENTRIES = 64;

    private OfficeFiles() {
    }

    /** POI's limits, applied when this class is initialised: on the first call of {@link #secure()}. */
    private static final class Limits {
        static {
            ZipSecureFile.setMinInflateRatio(Math.max(ZipSecureFile.getMinInflateRatio(), MIN_INFLATE_RATIO));
            ZipSecureFile.setMaxEntrySize(Math.min(ZipSecureFile.getMaxEntrySize(), MAX_ENTRY_BYTES));
            if (IOUtils.getByteArrayMaxOverride() < 0) {
                IOUtils.setByteArrayMaxOverride(MAX_ARRAY_BYTES);
            }
        }

        static void apply() {
            // the static initializer does the work
        }
    }

    /** Applies the limits (a no-op after the first call). */
    static void secure() {
        Limits.apply();
    }

    enum Format { DOCX, XLSX, OLE2, OTHER }

    /** The format of a binary source: a ZIP holding word/ or xl/ parts, an old OLE2 file, or something else. */
    static Format format(Source source) {
        if (!source.isBinary()) {
            return Format.OTHER;
        }
        String kind = source.binaryKind();
        if (kind == null) {
            return Format.OTHER;
        }
        if (kind.startsWith("an old Microsoft Office")) {
            return Format.OLE2;
        }
        if (!kind.startsWith("a ZIP")) {
            return Format.OTHER;
        }
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(source.raw()))) {
            ZipEntry e;
            for (int i = 0; i < SNIFF_ENTRIES && (e = zip.getNextEntry()) != null; i++) {
                String n = e.getName();
                if (n.startsWith("word/")) {
                    return Format.DOCX;
                }
                if (n.startsWith("xl/")) {
                    return Format.XLSX;
                }
            }
        } catch (IOException | RuntimeException e) {
            return Format.OTHER;
        }
        return Format.OTHER;
    }

    /** Reads the text of an opened Office file; POI's own checked exception is its IOException. */
    interface TextReader {
        String read(ByteArrayInputStream in) throws IOException;
    }

    /**
     * The source with the text {@code reader} extracts from its bytes in place of them, its {@code textOrigin}
     * {@code origin}; a source that is already text is returned as it is.
     *
     * @throws LaurelException when the file is an old OLE2 Office file, another format than {@code expected},
     *                         encrypted, damaged or truncated
     */
    static Source extract(Source source, Format expected, String extension, String origin, TextReader reader)
            throws LaurelException {
        java.util.Objects.requireNonNull(source, "source must not be null");
        byte[] bytes = source.raw();
        if (!source.isBinary() || bytes == null) {
            return source;
        }
        Format format = format(source);
        if (format == Format.OLE2) {
            throw oldOffice(source);
        }
        if (format != expected) {
            throw new LaurelException(source.name() + " is not a " + extension + " file (it looks like "
                    + source.binaryKind() + "); pass a " + extension + " file.");
        }
        secure();
        try {
            return source.withText(reader.read(new ByteArrayInputStream(bytes)), origin);
        } catch (IOException | RuntimeException e) {
            throw damaged(source, extension, e);
        }
    }

    static LaurelException oldOffice(Source source) {
        return new LaurelException(source.name() + " is an old Microsoft Office file (.doc or .xls, OLE2), which Laurel"
                + " does not read; save it as .docx or .xlsx (or PDF) and pass that.");
    }

    static LaurelException damaged(Source source, String format, Throwable e) {
        String m = e.getMessage();
        String reason = m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
        if (reason.length() > 200) {
            reason = reason.substring(0, 200) + "…";
        }
        return new LaurelException(source.name() + " is a damaged, truncated or encrypted " + format + " file (" + reason
                + "); pass an intact copy saved without a password, or its text.", e);
    }
}
