package dev.laurel.model;

/** How an honour count is meant: 先后9次 is {@link #TOTAL}, 连续5次 / 六连冠 / 蝉联 are {@link #CONSECUTIVE}. */
public enum TimesKind {
    /** A total count: 先后N次. */
    TOTAL("total"),
    /** Consecutive terms: 连续N次, N连冠, 蝉联. */
    CONSECUTIVE("consecutive");

    private final String id;

    TimesKind(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the kind's lowercase name
     */
    public String id() {
        return id;
    }

    /**
     * The times kind named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the kind of that name
     * @throws IllegalArgumentException if none is
     */
    public static TimesKind of(String id) {
        for (TimesKind v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown times kind: " + id);
    }
}
