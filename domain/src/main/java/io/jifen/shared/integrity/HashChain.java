package io.jifen.shared.integrity;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.HexFormat;

/**
 * SHA-256 links of a tamper-evident chain: each record's hash covers the previous hash and the
 * record's canonical content, so editing any record breaks its own hash, and re-hashing it breaks
 * the next record's link. The content is each field prefixed by its length, so no two different
 * records can run together into the same text.
 */
public final class HashChain {
    /** The link before a chain's first record. */
    public static final String GENESIS = "0".repeat(64);

    private HashChain() {
    }

    /** The hash of a record after {@code previous}; null fields are hashed apart from empty ones. */
    public static String link(String previous, Object... fields) {
        StringBuilder canonical = new StringBuilder(256).append(previous);
        for (Object field : fields) {
            if (field == null) {
                canonical.append("|-");
                continue;
            }
            String text = field instanceof Instant instant ? Long.toString(micros(instant)) : field.toString();
            canonical.append('|').append(text.length()).append(':').append(text);
        }
        return sha256(canonical.toString());
    }

    /**
     * Times as the databases keep them: to the microsecond. A record's time is cut to this before
     * it is hashed and stored, so what is read back hashes the same.
     */
    public static Instant storable(Instant at) {
        return at == null ? null : at.truncatedTo(ChronoUnit.MICROS);
    }

    public static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static long micros(Instant at) {
        return ChronoUnit.MICROS.between(Instant.EPOCH, at);
    }
}
