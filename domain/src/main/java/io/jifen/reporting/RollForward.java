package io.jifen.reporting;

import io.jifen.points.EntryType;
import java.time.YearMonth;
import java.util.EnumMap;
import java.util.Map;

/**
 * One month of the points liability, as finance reconciles it: opening + issued − redeemed −
 * expired ± adjusted ± reversed = closing, every figure the sum of the ledger's entries of that
 * type dated in the month (refunds count against redeemed). {@code accountsNow} is the sum of the
 * accounts' balances when the month is the current one: the ledger and the accounts must agree.
 */
public record RollForward(YearMonth month, long opening, long issued, long redeemed, long expired, long adjusted,
                          long reversed, Long accountsNow) {

    /** From the opening balance and the month's signed sums by entry type. */
    public static RollForward of(YearMonth month, long opening, Map<EntryType, Long> signedSums, Long accountsNow) {
        Map<EntryType, Long> sums = new EnumMap<>(EntryType.class);
        sums.putAll(signedSums);
        return new RollForward(month, opening,
                sums.getOrDefault(EntryType.ACCRUAL, 0L),
                -(sums.getOrDefault(EntryType.REDEMPTION, 0L) + sums.getOrDefault(EntryType.REFUND, 0L)),
                -sums.getOrDefault(EntryType.EXPIRY, 0L),
                sums.getOrDefault(EntryType.ADJUSTMENT, 0L),
                sums.getOrDefault(EntryType.REVERSAL, 0L),
                accountsNow);
    }

    public long closing() {
        return opening + issued - redeemed - expired + adjusted + reversed;
    }

    /** The ledger's closing equals the accounts' balances (checked only for the current month). */
    public boolean reconciles() {
        return accountsNow == null || accountsNow == closing();
    }
}
