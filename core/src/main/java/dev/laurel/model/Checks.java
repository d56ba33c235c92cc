package dev.laurel.model;

import java.util.List;

/** Argument checks shared by the records; every failure names the offending field. */
final class Checks {
    private Checks() {
    }

    static String requireNonBlank(String value, String field) {
        if (value == null) { // not Objects.requireNonNull(value, message): that builds the message on every call
            throw new NullPointerException(field + " must not be null");
        }
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static <T> List<T> copy(List<T> list, String field) {
        if (list == null) {
            return List.of();
        }
        for (T item : list) {
            if (item == null) {
                throw new NullPointerException(field + " must not contain null");
            }
        }
        return List.copyOf(list);
    }

    static Integer requirePositive(Integer value, String field) {
        if (value != null && value < 1) {
            throw new IllegalArgumentException(field + " must be at least 1: " + value);
        }
        return value;
    }

    static Integer requireNonNegative(Integer value, String field) {
        if (value != null && value < 0) {
            throw new IllegalArgumentException(field + " must not be negative: " + value);
        }
        return value;
    }
}
