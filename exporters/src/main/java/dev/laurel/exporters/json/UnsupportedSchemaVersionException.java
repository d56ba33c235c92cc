package dev.laurel.exporters.json;

import java.util.List;

/** Laurel JSON of a schema version this Laurel does not read (written by a later Laurel, say). */
public final class UnsupportedSchemaVersionException extends JsonReadException {
    private static final long serialVersionUID = 1L;

    private final String found;
    private final List<String> supported;

    UnsupportedSchemaVersionException(String found, List<String> supported, String where) {
        super(where + ": schemaVersion \"" + found + "\" is not one this Laurel reads (it reads "
                + String.join(", ", supported.stream().map(v -> "\"" + v + "\"").toList())
                + "); read it with the Laurel version that wrote it or a later one");
        this.found = found;
        this.supported = List.copyOf(supported);
    }

    /** The schema version of the input. */
    public String found() {
        return found;
    }

    /** The schema versions this Laurel reads. */
    public List<String> supported() {
        return supported;
    }
}
