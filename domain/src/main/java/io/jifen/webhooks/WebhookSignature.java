package io.jifen.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The {@code Jifen-Signature} header: {@code v1=} and the hex HMAC-SHA256, keyed with the
 * endpoint's secret (its UTF-8 bytes, prefix included), of {@code <timestamp>.<body>}, where the
 * timestamp is the {@code Jifen-Timestamp} header (Unix seconds) and the body the exact bytes
 * sent. Signing the timestamp with the body lets a receiver refuse an old message replayed later.
 */
public final class WebhookSignature {
    public static final String VERSION = "v1";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        return VERSION + "=" + hmacSha256Hex(secret, timestamp + "." + body);
    }

    /** Compares in constant time, as a receiver should. */
    public static boolean verify(String secret, long timestamp, String body, String header) {
        if (header == null) {
            return false;
        }
        return MessageDigest.isEqual(sign(secret, timestamp, body).getBytes(StandardCharsets.US_ASCII),
                header.trim().getBytes(StandardCharsets.US_ASCII));
    }

    public static String hmacSha256Hex(String key, String message) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return HexFormat.of().formatHex(mac.doFinal(message.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException | InvalidKeyException e) {
            throw new IllegalStateException("HMAC-SHA256 is part of every Java runtime", e);
        }
    }
}
