package io.jifen.reporting;

import io.jifen.points.EntryType;
import java.time.Instant;
import java.util.Map;

/** The sums the liability report is made of, each one set-based query over the ledger, lots and accounts. */
public interface LiabilityFigures {
    /** Σ points of every entry dated before {@code at}. */
    long balanceBefore(Instant at);

    /** Σ points by entry type of the entries dated in [from, to). */
    Map<EntryType, Long> flows(Instant from, Instant to);

    long accountsBalance();

    /** The accounts' balances, the opening at {@code from} and the flows in [from, to), in one statement: one snapshot. */
    RollForward reconciled(java.time.YearMonth month, Instant from, Instant to);

    /** Points still in lots, by the instant they expire at. */
    Map<Instant, Long> outstandingByExpiry();

    /** Points held, by the customers' contribution star level (0 for none). */
    Map<Integer, Long> outstandingByStarLevel();

    /** Points issued into, and expired from, lots whose expiry has passed by {@code now}. */
    Breakage closedCohorts(Instant now);
}
