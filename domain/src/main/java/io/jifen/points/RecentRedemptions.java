package io.jifen.points;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * When a customer's latest redemptions were placed (to the second, at most {@link #MOST}), kept on
 * the account row the redemption locks anyway: counting a burst costs no query.
 */
public final class RecentRedemptions {
    public static final int MOST = 20;

    private RecentRedemptions() {
    }

    /** The stored list with {@code at} added, the oldest dropped beyond MOST. */
    static String with(String stored, Instant at) {
        List<String> times = new ArrayList<>(parse(stored));
        times.add(Long.toString(at.getEpochSecond()));
        while (times.size() > MOST) {
            times.removeFirst();
        }
        return String.join(",", times);
    }

    static long since(String stored, Instant since) {
        return parse(stored).stream().mapToLong(Long::parseLong).filter(t -> t >= since.getEpochSecond()).count();
    }

    private static List<String> parse(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
