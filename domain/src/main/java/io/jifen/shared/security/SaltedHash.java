package io.jifen.shared.security;

import java.nio.CharBuffer;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.security.spec.InvalidKeySpecException;
import java.util.Arrays;
import java.util.Base64;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * PBKDF2-HMAC-SHA256 from the JDK's crypto provider, with a random salt per secret and the
 * iteration count stored beside the hash ({@code pbkdf2-sha256$iterations$salt$hash}, Base64), so
 * the cost can be raised later without breaking what was stored before. Staff passwords and
 * customers' pickup codes both use it, each with the cost that suits it.
 */
public final class SaltedHash {
    private static final String SCHEME = "pbkdf2-sha256";
    private static final int SALT_BYTES = 16;
    private static final int KEY_BITS = 256;
    private static final SecureRandom RANDOM = new SecureRandom();

    private SaltedHash() {
    }

    public static String of(char[] secret, int iterations) {
        if (iterations < 1) {
            throw new IllegalArgumentException("at least one iteration");
        }
        byte[] salt = new byte[SALT_BYTES];
        RANDOM.nextBytes(salt);
        return SCHEME + "$" + iterations + "$" + Base64.getEncoder().encodeToString(salt) + "$"
                + Base64.getEncoder().encodeToString(derive(secret, salt, iterations));
    }

    public static String of(CharSequence secret, int iterations) {
        char[] chars = toChars(secret);
        try {
            return of(chars, iterations);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    /** False for anything that is not a hash of ours, rather than an exception: a refusal is a refusal. */
    public static boolean matches(char[] secret, String stored) {
        if (secret == null || stored == null) {
            return false;
        }
        String[] parts = stored.split("\\$");
        if (parts.length != 4 || !parts[0].equals(SCHEME)) {
            return false;
        }
        try {
            int iterations = Integer.parseInt(parts[1]);
            byte[] salt = Base64.getDecoder().decode(parts[2]);
            byte[] expected = Base64.getDecoder().decode(parts[3]);
            // constant time: how long a refusal takes says nothing about how much of the secret was right
            return iterations >= 1 && MessageDigest.isEqual(expected, derive(secret, salt, iterations));
        } catch (IllegalArgumentException malformed) {
            return false;
        }
    }

    public static boolean matches(CharSequence secret, String stored) {
        if (secret == null) {
            return false;
        }
        char[] chars = toChars(secret);
        try {
            return matches(chars, stored);
        } finally {
            Arrays.fill(chars, '\0');
        }
    }

    private static char[] toChars(CharSequence secret) {
        CharBuffer buffer = CharBuffer.wrap(secret);
        char[] chars = new char[buffer.remaining()];
        buffer.get(chars);
        return chars;
    }

    private static byte[] derive(char[] secret, byte[] salt, int iterations) {
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256")
                    .generateSecret(new PBEKeySpec(secret, salt, iterations, KEY_BITS)).getEncoded();
        } catch (NoSuchAlgorithmException | InvalidKeySpecException e) {
            throw new IllegalStateException("PBKDF2 is not available", e);
        }
    }
}
