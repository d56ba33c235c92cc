package dev.laurel.parsers.office;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.util.Objects;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * Excel name lists (.xlsx): every sheet, each row a line of tab-separated cells, merged cells repeated in
 * each row they span, blank rows skipped (see {@link OfficeText#xlsx}); the text reader finds the header row
 * (序号, 省份, 名称, 命名次数) and reads the rows as a roster. Read by the plain-text {@link CommendationTextParser}. Spans index the extracted
 * text ({@code textOrigin} {@value #TEXT_ORIGIN}; {@link #extract} gives it). An encrypted, damaged or
 * truncated file is refused with a {@link LaurelException}; POI's limits against zip bombs are set (see
 * {@link OfficeFiles}). Stateless and thread-safe.
 */
public final class XlsxCommendationParser implements DocumentParser {

    public static final String NAME = "commendation-xlsx";
    /** The {@link Source#textOrigin()} of the text the records' spans index into. */
    public static final String TEXT_ORIGIN = "xlsx-extracted";

    private final CommendationTextParser text = new CommendationTextParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "name lists in Excel .xlsx workbooks (a row a tab-separated line, merged cells repeated)";
    }

    @Override
    public int confidence(Source source) {
        return OfficeFiles.format(source) == OfficeFiles.Format.XLSX ? 95 : 0;
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
        return OfficeFiles.extract(source, OfficeFiles.Format.XLSX, ".xlsx", TEXT_ORIGIN, in -> {
            try (XSSFWorkbook book = new XSSFWorkbook(in)) {
                return OfficeText.xlsx(book);
            }
        });
    }
}
