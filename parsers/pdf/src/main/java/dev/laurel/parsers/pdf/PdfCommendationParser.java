package dev.laurel.parsers.pdf;

import dev.laurel.LaurelException;
import dev.laurel.model.Announcement;
import dev.laurel.model.Diagnostic;
import dev.laurel.model.DiagnosticKind;
import dev.laurel.parsers.commendation.CommendationTextParser;
import dev.laurel.spi.DocumentParser;
import dev.laurel.spi.ParseOptions;
import dev.laurel.spi.Source;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;

/**
 * Commendation announcements in PDF files. Takes the text layer out with Apache PDFBox (see {@link PdfText}:
 * reading order, table rows with tab-separated cells, running heads, footers and page numbers left out,
 * wrapped lines joined) and reads it with the plain-text {@link CommendationTextParser}. Spans index the
 * extracted text ({@code textOrigin} {@value #TEXT_ORIGIN}; {@link #extract} gives it). A PDF without a text
 * layer (a scan) gives an announcement with a {@link DiagnosticKind#SCANNED_DOCUMENT} error; an encrypted,
 * damaged or truncated one is refused with a {@link LaurelException}. PDFBox decodes streams into memory of
 * at most {@link #MAX_MEMORY_BYTES} per document. Stateless and thread-safe.
 */
public final class PdfCommendationParser implements DocumentParser {

    public static final String NAME = "commendation-pdf";
    /** The {@link Source#textOrigin()} of the text the records' spans index into. */
    public static final String TEXT_ORIGIN = "pdf-extracted";
    /** The memory PDFBox may use for one document's decoded streams; more fails the document as damaged. */
    public static final long MAX_MEMORY_BYTES = 256L * 1024 * 1024;

    private final CommendationTextParser text = new CommendationTextParser();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "commendation announcements in PDF files (text layer in reading order; scans are reported, not read)";
    }

    /** 95 for a binary source that starts like a PDF ({@code %PDF}), else 0. */
    @Override
    public int confidence(Source source) {
        return source.isBinary() && "a PDF document".equals(source.binaryKind()) ? 95 : 0;
    }

    @Override
    public Announcement parse(Source source, ParseOptions options) throws LaurelException {
        Objects.requireNonNull(source, "source must not be null");
        Objects.requireNonNull(options, "options must not be null");
        Extracted e = extractText(source);
        Announcement a = text.parse(e.source(), options);
        if (!e.scanned()) {
            return a;
        }
        List<Diagnostic> issues = new ArrayList<>();
        issues.add(Diagnostic.of(DiagnosticKind.SCANNED_DOCUMENT, null, source.name() + " has no text layer: its "
                + e.pages() + " page(s) are images, as a scanner makes them; run OCR on it (or pass its text) to read it",
                null));
        for (Diagnostic d : a.issues()) {
            if (d.kind() != DiagnosticKind.EMPTY_DOCUMENT) {
                issues.add(d);
            }
        }
        return new Announcement(a.schemaVersion(), a.source(), a.title(), a.honor(), a.province(), a.event(),
                a.roster(), a.awardees(), issues);
    }

    /**
     * The source with the PDF's extracted text in place of its bytes; its {@code textOrigin} is
     * {@value #TEXT_ORIGIN}. A source that is already text is returned as it is. Public for tools that want
     * to see what the parser reads.
     *
     * @throws LaurelException when the PDF is encrypted, damaged or truncated
     */
    public static Source extract(Source source) throws LaurelException {
        Objects.requireNonNull(source, "source must not be null");
        return extractText(source).source();
    }

    private record Extracted(Source source, boolean scanned, int pages) {
    }

    private static Extracted extractText(Source source) throws LaurelException {
        byte[] bytes = source.raw();
        if (!source.isBinary() || bytes == null) {
            return new Extracted(source, false, 0);
        }
        try (PDDocument doc = Loader.loadPDF(bytes, "", null, null,
                MemoryUsageSetting.setupMainMemoryOnly(MAX_MEMORY_BYTES).streamCache)) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw encrypted(source, null);
            }
            int pages = doc.getNumberOfPages();
            if (pages == 0) {
                throw new LaurelException(source.name() + " is a damaged PDF (it has no pages); pass an intact copy.");
            }
            List<List<PdfText.Line>> lines = PdfText.lines(doc);
            if (!PdfText.hasText(lines)) {
                return new Extracted(source.withText("", TEXT_ORIGIN), hasImages(doc), pages);
            }
            return new Extracted(source.withText(PdfText.join(PdfText.dropFurniture(lines)), TEXT_ORIGIN), false, pages);
        } catch (InvalidPasswordException e) {
            throw encrypted(source, e);
        } catch (IOException | RuntimeException e) {
            throw new LaurelException(source.name() + " is a damaged or truncated PDF (" + reason(e)
                    + "); pass an intact copy, or its text.", e);
        }
    }

    private static LaurelException encrypted(Source source, Exception cause) {
        return new LaurelException(source.name() + " is an encrypted PDF that cannot be read without its password;"
                + " pass a copy saved without encryption, or its text.", cause);
    }

    private static String reason(Exception e) {
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m.lines().findFirst().orElse(m).strip();
    }

    private static boolean hasImages(PDDocument doc) {
        for (PDPage page : doc.getPages()) {
            if (page.getResources() != null && page.getResources().getXObjectNames().iterator().hasNext()) {
                return true;
            }
        }
        return false;
    }
}
