package dev.laurel.model;

/** How a reported figure relates to its value: 超6300万元 is {@link #MORE_THAN} 63000000. */
public enum Qualifier {
    /** The figure is the value (no qualifying word). */
    EXACT("exact"),
    /** 超, 超过, 逾, 余, 多, 以上. */
    MORE_THAN("more-than"),
    /** 近, 将近. */
    NEARLY("nearly"),
    /** 约, 左右, 上下. */
    APPROX("approx"),
    /** 不超过, 以内. */
    UP_TO("up-to");

    private final String id;

    Qualifier(String id) {
        this.id = id;
    }

    /**
     * The name used in JSON and CSV.
     *
     * @return the qualifier's lowercase, hyphenated name
     */
    public String id() {
        return id;
    }

    /**
     * The qualifier named {@code id} (as {@link #id()} writes it).
     *
     * @param id the name as {@link #id()} writes it
     * @return the qualifier of that name
     * @throws IllegalArgumentException if none is
     */
    public static Qualifier of(String id) {
        for (Qualifier v : values()) {
            if (v.id.equals(id)) {
                return v;
            }
        }
        throw new IllegalArgumentException("unknown qualifier: " + id);
    }
}
