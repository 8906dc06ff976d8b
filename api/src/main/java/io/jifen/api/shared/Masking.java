package io.jifen.api.shared;

/** Personal data as lists and partners see it: enough to recognise, not enough to misuse. */
public final class Masking {
    private Masking() {
    }

    /** 张三丰 → 张**, Li Lei → L* L**: the first letter of each word stays. */
    public static String name(String name) {
        if (name == null || name.isEmpty()) {
            return name;
        }
        StringBuilder masked = new StringBuilder();
        boolean wordStart = true;
        for (int i = 0; i < name.length(); ) {
            int cp = name.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                masked.appendCodePoint(cp);
                wordStart = true;
            } else if (wordStart) {
                masked.appendCodePoint(cp);
                wordStart = false;
            } else {
                masked.append('*');
            }
            i += Character.charCount(cp);
        }
        return masked.toString();
    }

    /** 13812345678 → 138****5678; short numbers are hidden whole. */
    public static String phone(String phone) {
        if (phone == null) {
            return null;
        }
        if (phone.length() < 8) {
            return "*".repeat(phone.length());
        }
        return phone.substring(0, 3) + "*".repeat(phone.length() - 7) + phone.substring(phone.length() - 4);
    }
}
