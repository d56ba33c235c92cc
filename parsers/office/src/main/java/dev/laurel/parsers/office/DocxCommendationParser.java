package dev.laurel.parsers.office;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.Objects;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * Word announcements (.docx): each paragraph a line, each table row a line of tab-separated cells (see
 * {@link OfficeText#docx}), read by the plain-text {@link CommendationTextParser}. An old Word file (.doc)
 * is refused with a message naming the format. Spans index the extracted
 * text ({@code textOrigin} {@value #TEXT_ORIGIN}; {@link #extract} gives it). An encrypted, damaged or
 * truncated file is refused with a {@link LaurelException}; POI's limits against zip bombs are set (see
 * {@link OfficeFiles}). Stateless and thread-safe.
 */
public final class DocxCommendationParser implements DocumentParser {

    public static final String NAME = "commendation-docx";
    /** The {@link Source#textOrigin()} of the text the records' spans index into. */
    public static final String TEXT_ORIGIN = "docx-extracted";

    private final CommendationTextParser text = new CommendationTextParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "commendation announcements in Word .docx files (paragraphs, table rows as tab-separated lines)";
    }

    @Override
    public int confidence(Source source) {
        return switch (OfficeFiles.format(source)) {
            case DOCX -> 95;
            case OLE2 -> 50; // refused with a message naming the format, better than "not text"
            default -> 0;
        };
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) throws LaurelException {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        return text.parse(extract(source), options);
    }

    /**
     * The source with the document's extracted text in place of its bytes; its {@code textOrigin} is
     * {@value #TEXT_ORIGIN}. A source that is already text is returned as it is. Public for tools that want
     * to see what the parser reads.
     *
     * @throws LaurelException when the file is an old OLE2 Office file, encrypted, damaged or truncated
     */
    public static Source extract(Source source) throws LaurelException {
        return OfficeFiles.extract(source, OfficeFiles.Format.DOCX, ".docx", TEXT_ORIGIN, in -> {
            try (XWPFDocument doc = new XWPFDocument(in)) {
                return OfficeText.docx(doc);
            }
        });
    }
}
