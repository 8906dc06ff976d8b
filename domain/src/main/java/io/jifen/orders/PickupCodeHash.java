package io.jifen.orders;

import io.jifen.shared.security.SaltedHash;

/**
 * How a pickup code is kept: only as a salted PBKDF2-HMAC-SHA256 hash, so nobody who reads the
 * order (staff, exports, a database backup) learns the code the clerk must check.
 *
 * <p>The cost: 8 digits are only 10^8 codes, so no hash cost a counter can wait for makes the code
 * unguessable to someone who has stolen the table and owns GPUs. What it buys is that the code is
 * never in sight, and that recovering one takes hours of dedicated hardware per order rather than a
 * glance; the lock after {@value RedemptionOrder#PICKUP_CODE_TRIES} wrong tries guards the counter
 * itself. 210,000 iterations (as for staff passwords) take about a tenth of a second on one core:
 * paid once when a code is issued and once per try at the counter, both rare.
 */
public final class PickupCodeHash {
    static final int ITERATIONS = 210_000;

    private PickupCodeHash() {
    }

    public static String of(String code) {
        return SaltedHash.of(code, ITERATIONS);
    }

    public static boolean matches(String code, String stored) {
        return code != null && SaltedHash.matches(code.trim(), stored);
    }
}
