package io.jifen.ui.customers;

/**
 * Personal data as lists and roles without the need see it (domain.md): a name keeps its first
 * character, a phone its first three and last four digits. The number of stars is fixed, so the
 * mask does not tell the length either.
 */
public final class Masking {
    private static final String STARS = "****";

    private Masking() {
    }

    /** 王芳 → 王*, Emily Zhao → E*. */
    public static String name(String name) {
        if (name == null || name.isBlank()) {
            return "";
        }
        String trimmed = name.strip();
        return trimmed.substring(0, trimmed.offsetByCodePoints(0, 1)) + "*";
    }

    /** 13812345678 → 138****5678; too short to keep both ends, only the last two digits stay. */
    public static String phone(String phone) {
        if (phone == null || phone.isBlank()) {
            return "";
        }
        String digits = phone.strip();
        if (digits.length() >= 8) {
            return digits.substring(0, 3) + STARS + digits.substring(digits.length() - 4);
        }
        return digits.length() > 2 ? STARS + digits.substring(digits.length() - 2) : STARS;
    }
}
