package dev.laurel.model;

import com.fasterxml.jackson.annotation.JsonProperty;

/** How much a diagnostic matters to a reader of the records. */
public enum Severity {
    /** A repair was made; nothing was lost (a split paragraph rejoined). */
    @JsonProperty("info") INFO("info"),
    /** Something is missing or doubtful in the source (a truncated section). */
    @JsonProperty("warning") WARNING("warning"),
    /** Text that could not be read at all. */
    @JsonProperty("error") ERROR("error");

    private final String id;

    Severity(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }
}
