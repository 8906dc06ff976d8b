package io.jifen.campaigns;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The A/B split: a customer is held out of a campaign when a hash of the campaign and customer
 * falls in the first {@code percent} of 10,000 buckets. Stable (the same answer on every server,
 * every time) and independent between campaigns, so results compare like with like.
 */
public final class HoldOut {
    private HoldOut() {
    }

    public static int bucket(String campaignId, String customerId) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256")
                    .digest((campaignId + "\u0000" + customerId).getBytes(StandardCharsets.UTF_8));
            long value = ((hash[0] & 0xFFL) << 24) | ((hash[1] & 0xFFL) << 16) | ((hash[2] & 0xFFL) << 8) | (hash[3] & 0xFFL);
            return (int) (value % 10_000);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public static boolean isHeldOut(String campaignId, String customerId, int percent) {
        return bucket(campaignId, customerId) < percent * 100;
    }
}
