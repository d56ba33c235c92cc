package dev.laurel.exporters.json;

import tools.jackson.core.JsonGenerator;
import tools.jackson.core.PrettyPrinter;
import tools.jackson.core.SerializableString;
import tools.jackson.core.io.SerializedString;
import tools.jackson.core.util.Instantiatable;

/**
 * Laurel's pretty layout: two-space indent, {@code \n} line ends, {@code "name": value}, {@code []} and
 * {@code {}} when empty, a space between root values. These are the bytes Jackson's
 * {@code DefaultPrettyPrinter} writes with a {@code DefaultIndenter("  ", "\n")}, name-value spacing
 * after the colon and empty separators {@code ""}; unlike it, each line break with its indent (and
 * the comma before it) is encoded once per depth and copied, not encoded char by char. One instance
 * per generator ({@link #createInstance()}), since it counts the depth.
 */
final class LaurelPrettyPrinter implements PrettyPrinter, Instantiatable<LaurelPrettyPrinter> {

    private static final SerializableString ROOT_SEPARATOR = new SerializedString(" ");
    private static final SerializableString NAME_VALUE_SEPARATOR = new SerializedString(": ");
    private static final int CACHED_DEPTHS = 16;
    private static final SerializableString[] NEWLINE = new SerializableString[CACHED_DEPTHS];
    private static final SerializableString[] COMMA_NEWLINE = new SerializableString[CACHED_DEPTHS];

    static {
        for (int depth = 0; depth < CACHED_DEPTHS; depth++) {
            NEWLINE[depth] = new SerializedString(indent(depth));
            COMMA_NEWLINE[depth] = new SerializedString("," + indent(depth));
        }
    }

    private int depth;

    /** A line break and the indent of {@code depth}. */
    private static String indent(int depth) {
        return "\n" + "  ".repeat(depth);
    }

    @Override
    public LaurelPrettyPrinter createInstance() {
        return new LaurelPrettyPrinter();
    }

    private void newline(JsonGenerator g) {
        g.writeRaw(depth < CACHED_DEPTHS ? NEWLINE[depth] : new SerializedString(indent(depth)));
    }

    private void commaNewline(JsonGenerator g) {
        g.writeRaw(depth < CACHED_DEPTHS ? COMMA_NEWLINE[depth] : new SerializedString("," + indent(depth)));
    }

    @Override
    public void writeRootValueSeparator(JsonGenerator g) {
        g.writeRaw(ROOT_SEPARATOR);
    }

    @Override
    public void writeStartObject(JsonGenerator g) {
        g.writeRaw('{');
        depth++;
    }

    @Override
    public void beforeObjectEntries(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeObjectNameValueSeparator(JsonGenerator g) {
        g.writeRaw(NAME_VALUE_SEPARATOR);
    }

    @Override
    public void writeObjectEntrySeparator(JsonGenerator g) {
        commaNewline(g);
    }

    @Override
    public void writeEndObject(JsonGenerator g, int entries) {
        depth--;
        if (entries > 0) {
            newline(g);
        }
        g.writeRaw('}');
    }

    @Override
    public void writeStartArray(JsonGenerator g) {
        depth++;
        g.writeRaw('[');
    }

    @Override
    public void beforeArrayValues(JsonGenerator g) {
        newline(g);
    }

    @Override
    public void writeArrayValueSeparator(JsonGenerator g) {
        commaNewline(g);
    }

    @Override
    public void writeEndArray(JsonGenerator g, int values) {
        depth--;
        if (values > 0) {
            newline(g);
        }
        g.writeRaw(']');
    }
}
