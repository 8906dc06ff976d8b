package io.jifen.staff;

import io.jifen.shared.security.SaltedHash;

/**
 * Staff passwords as {@link SaltedHash}es at 210,000 iterations (OWASP's PBKDF2-HMAC-SHA256 floor
 * when this was written); a sign-in is rare enough to pay for it.
 */
public final class PasswordHash {
    private static final int ITERATIONS = 210_000;

    private PasswordHash() {
    }

    /** pbkdf2-sha256$iterations$salt$hash, Base64. */
    public static String of(char[] password) {
        return SaltedHash.of(password, ITERATIONS);
    }

    public static boolean matches(char[] password, String stored) {
        return SaltedHash.matches(password, stored);
    }
}
