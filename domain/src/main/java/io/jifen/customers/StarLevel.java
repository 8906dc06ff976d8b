package io.jifen.customers;

import java.util.Arrays;

/**
 * The bank's star levels (星级). The number is what the API shows: 0 unrated, 1 quasi-star,
 * then 3 to 7 stars. There is no level 2.
 */
public enum StarLevel {
    UNRATED(0, 0),
    QUASI_STAR(1, 1),
    THREE_STARS(3, 50),
    FOUR_STARS(4, 500),
    FIVE_STARS(5, 2_000),
    SIX_STARS(6, 10_000),
    SEVEN_STARS(7, 80_000);

    private final int number;
    /** The fewest star points that reach this level. */
    private final long threshold;

    StarLevel(int number, long threshold) {
        this.number = number;
        this.threshold = threshold;
    }

    public int number() {
        return number;
    }

    /** Contribution level from star points, by the table in domain.md (lower bounds inclusive). */
    public static StarLevel forStarPoints(long starPoints) {
        if (starPoints < 0) {
            throw new IllegalArgumentException("star points cannot be negative: " + starPoints);
        }
        StarLevel reached = UNRATED;
        for (StarLevel level : values()) {
            if (starPoints >= level.threshold) {
                reached = level;
            }
        }
        return reached;
    }

    public static StarLevel ofNumber(int number) {
        return Arrays.stream(values())
                .filter(level -> level.number == number)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no star level " + number));
    }

    public boolean isAbove(StarLevel other) {
        return compareTo(other) > 0;
    }

    public static StarLevel highest(StarLevel a, StarLevel b) {
        return a.compareTo(b) >= 0 ? a : b;
    }
}
