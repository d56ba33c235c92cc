package dev.laurel.model;

/** Validation of GB/T 2260 codes: six ASCII digits. */
final class RegionCodes {
    private RegionCodes() {
    }

    static void check(String code, String field) {
        if (code == null) {
            return;
        }
        if (code.length() != 6) {
            throw new IllegalArgumentException(field + " must be six digits: " + code);
        }
        for (int i = 0; i < 6; i++) {
            char c = code.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(field + " must be six digits: " + code);
            }
        }
    }
}
