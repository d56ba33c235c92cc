package dev.laurel.spi;

import java.io.IOException;
import java.util.List;

/**
 * Input of a schema version this Laurel does not read (written by a later Laurel, say), thrown by an
 * {@link AnnouncementReader}. {@code Laurel.read} turns it into a message naming the file, the version
 * found and the versions this Laurel reads.
 */
public class UnsupportedSchemaVersionException extends IOException {
    private static final long serialVersionUID = 1L;

    /** The schema version of the input. */
    private final String found;
    /** The schema versions this Laurel reads. */
    private final List<String> supported;

    /**
     * An input of schema version {@code found}.
     *
     * @param found     the schema version of the input
     * @param supported the schema versions this Laurel reads
     * @param where where in the input the version is (line and column), for the message
     */
    public UnsupportedSchemaVersionException(String found, List<String> supported, String where) {
        super(where + ": schemaVersion \"" + found + "\" is not one this Laurel reads (it reads "
                + String.join(", ", supported.stream().map(v -> "\"" + v + "\"").toList()) + ")");
        this.found = found;
        this.supported = List.copyOf(supported);
    }

    /**
     * The schema version of the input.
     *
     * @return the version as written in the input
     */
    public String found() {
        return found;
    }

    /**
     * The schema versions this Laurel reads.
     *
     * @return an unmodifiable list
     */
    public List<String> supported() {
        return supported;
    }
}
