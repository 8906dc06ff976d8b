package io.jifen.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** The digest of a seal: the previous seal's digest, then each entry's id and hash in id order. */
public final class SealDigest {
    private final MessageDigest sha256;
    private long entries;

    public SealDigest(String previousDigest) {
        try {
            sha256 = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        sha256.update(previousDigest.getBytes(StandardCharsets.UTF_8));
    }

    public void add(long entryId, String entryHash) {
        sha256.update(("|" + entryId + ":" + entryHash).getBytes(StandardCharsets.UTF_8));
        entries++;
    }

    public long entries() {
        return entries;
    }

    public String finish() {
        return HexFormat.of().formatHex(sha256.digest());
    }
}
