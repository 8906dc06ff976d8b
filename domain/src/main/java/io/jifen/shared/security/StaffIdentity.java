package io.jifen.shared.security;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Objects;

/**
 * Who a member of staff is, for rules that compare people: the four-eyes rules above all. A staff
 * id is compared in one canonical spelling (Unicode NFKC, so fullwidth ａｌｉｃｅ is alice; case
 * folded; every space removed), so `alice`, `Alice`, `alice ` and `ａｌｉｃｅ` are one person and
 * cannot approve their own work under another spelling.
 */
public final class StaffIdentity {
    private final String canonical;

    private StaffIdentity(String canonical) {
        this.canonical = canonical;
    }

    public static StaffIdentity of(String staffId) {
        Objects.requireNonNull(staffId, "staffId");
        String folded = Normalizer.normalize(staffId, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        StringBuilder canonical = new StringBuilder(folded.length());
        folded.codePoints()
                .filter(c -> !Character.isWhitespace(c) && !Character.isSpaceChar(c)
                        && Character.getType(c) != Character.FORMAT && Character.getType(c) != Character.CONTROL)
                .forEach(canonical::appendCodePoint);
        return new StaffIdentity(canonical.toString());
    }

    /** True when both name the same person; an unknown (null) person is never the same as anyone. */
    public static boolean samePerson(String a, String b) {
        return a != null && b != null && of(a).equals(of(b));
    }

    public String canonical() {
        return canonical;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof StaffIdentity identity && identity.canonical.equals(canonical);
    }

    @Override
    public int hashCode() {
        return canonical.hashCode();
    }

    @Override
    public String toString() {
        return canonical;
    }
}
