package dev.laurel.examples.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import dev.laurel.model.Metric;
import dev.laurel.text.Quantity;
import dev.laurel.text.QuantityScanner;
import dev.laurel.text.TraditionalToSimplified;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import tools.jackson.core.StreamWriteFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code laurel quantities [TEXT...]}: the quantity engine on the user's own sentences, one JSON object
 * per quantity found. Without TEXT it reads lines from standard input (UTF-8).
 */
@Command(name = "quantities",
        mixinStandardHelpOptions = true,
        description = {
            "Prints each quantity found in TEXT as one JSON object.",
            "Without TEXT, reads the lines of standard input (UTF-8). The fields: line, value, lower, upper, "
                    + "unit, qualifier, cumulative, kind, text, start, end, category, currency, bounds; start and "
                    + "end are char offsets into the line, end exclusive; category says what the unit measures "
                    + "(currency, people, count, time, length, mass …), currency is the ISO 4217 code of a money "
                    + "unit, bounds tells for a range which bounds belong to it ([] [) (] ())."})
public final class QuantitiesCommand implements Callable<Integer> {

    /** Made when the command first runs, not when the command line is built: other commands do not load them. */
    private static final class Tools {
        static final QuantityScanner SCANNER = new QuantityScanner();
        static final ObjectMapper JSON = JsonMapper.builder()
                .enable(StreamWriteFeature.WRITE_BIGDECIMAL_AS_PLAIN)
                .build();
    }

    /** One quantity as printed. */
    @JsonPropertyOrder({"line", "value", "lower", "upper", "unit", "qualifier", "cumulative", "kind", "text", "start", "end",
            "category", "currency", "bounds"})
    record Row(int line, BigDecimal value, BigDecimal lower, BigDecimal upper, String unit, String qualifier,
               boolean cumulative, String kind, String text, int start, int end, String category, String currency,
               String bounds) {
    }

    private final CliContext context;
    private final InputStream stdin;

    @Parameters(paramLabel = "TEXT", arity = "0..*", description = "Text to scan; several are scanned as lines 1, 2, …")
    private List<String> texts;

    public QuantitiesCommand(CliContext context) {
        this(context, context.in());
    }

    QuantitiesCommand(CliContext context, InputStream stdin) {
        this.context = context;
        this.stdin = stdin;
    }

    @Override
    public Integer call() {
        if (texts != null && !texts.isEmpty()) {
            for (int i = 0; i < texts.size(); i++) {
                print(i + 1, texts.get(i));
            }
            return ExitCodes.OK;
        }
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stdin, StandardCharsets.UTF_8))) {
            int line = 0;
            for (String s; (s = r.readLine()) != null; ) {
                print(++line, s);
            }
        } catch (IOException e) {
            throw new CliException(ExitCodes.INPUT, "cannot read standard input (" + e.getMessage() + ").", e);
        }
        return ExitCodes.OK;
    }

    private void print(int line, String text) {
        for (Quantity q : Tools.SCANNER.scan(TraditionalToSimplified.toSimplified(text))) {
            Row row = new Row(line, q.value(), q.lower(), q.upper(), q.unit(), q.qualifier().id(), q.cumulative(),
                    q.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                    text.substring(q.start(), q.end()), q.start(), q.end(),
                    q.category() == null ? null : q.category().id(), q.currency(),
                    q.upper() == null ? null : Metric.bounds(q.lowerInclusive(), q.upperInclusive()));
            context.out().println(Tools.JSON.writeValueAsString(row));
        }
        StandardOutput.check(context.out()); // flushes; stops reading stdin once stdout is gone
    }
}
