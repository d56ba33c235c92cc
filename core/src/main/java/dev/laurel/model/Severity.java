package dev.laurel.model;

/** How much a diagnostic matters to a reader of the records. */
public enum Severity {
    /** A repair was made; nothing was lost (a split paragraph rejoined). */
    INFO("info"),
    /** Something is missing or doubtful in the source (a truncated section). */
    WARNING("warning"),
    /** Text that could not be read at all. */
    ERROR("error");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the severity's lowercase name
     */
    public String id() {
        return id;
    }

    /**
     * The severity named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the severity of that name
     * @throws IllegalArgumentException if none is
     */
    public static Severity of(String id) {
        for (Severity v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown severity: " + id);
    }
}
