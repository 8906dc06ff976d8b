package io.jifen.points;

import io.jifen.shared.time.BankCalendar;
import java.time.Instant;
import java.time.LocalDate;

/**
 * When earned points expire: at the end of the calendar year a number of years after the year
 * they were earned in (default two: points earned in 2026 last through 31 December 2028), by the
 * bank's calendar.
 */
public record LotExpiry(int yearsAfterEarning) {
    public static final LotExpiry DEFAULT = new LotExpiry(2);

    public LotExpiry {
        if (yearsAfterEarning < 0 || yearsAfterEarning > 50) {
            throw new IllegalArgumentException("years after earning must be 0-50");
        }
    }

    /** The first instant at which the points are gone (midnight starting the next year). */
    public Instant expiresAt(Instant earnedAt) {
        int earnedYear = earnedAt.atZone(BankCalendar.ZONE).getYear();
        return LocalDate.of(earnedYear + yearsAfterEarning + 1, 1, 1).atStartOfDay(BankCalendar.ZONE).toInstant();
    }
}
