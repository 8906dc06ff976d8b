package io.jifen.orders;

import java.security.SecureRandom;

/**
 * Codes customers hold: e-voucher codes of 100 random bits in five groups of four Crockford
 * base-32 characters (no I, L, O, U to misread), and 8-digit one-time pickup codes. Both come
 * from a cryptographic random source.
 */
public final class RedemptionCodes {
    private static final char[] CROCKFORD = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final int VOUCHER_CHARACTERS = 20;
    private final SecureRandom random;

    public RedemptionCodes(SecureRandom random) {
        this.random = random;
    }

    public RedemptionCodes() {
        this(new SecureRandom());
    }

    /** e.g. 7K2M-Q9XD-4HTR-B8WN-1CZE: 20 characters × 5 bits = 100 bits. */
    public String voucherCode() {
        StringBuilder code = new StringBuilder(VOUCHER_CHARACTERS + 4);
        for (int i = 0; i < VOUCHER_CHARACTERS; i++) {
            if (i > 0 && i % 4 == 0) {
                code.append('-');
            }
            code.append(CROCKFORD[random.nextInt(CROCKFORD.length)]);
        }
        return code.toString();
    }

    /** 8 digits, leading zeros kept. */
    public String pickupCode() {
        return String.format("%08d", random.nextInt(100_000_000));
    }
}
