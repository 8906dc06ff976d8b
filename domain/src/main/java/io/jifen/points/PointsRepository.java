package io.jifen.points;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Sorting;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Where accounts, lots, entries and accruals are kept. */
public interface PointsRepository {
    /** The sequence ledger entry ids are drawn from, one at a time or in blocks under the account locks. */
    String LEDGER_SEQUENCE = "ledger_entry_seq";

    void addAccount(PointsAccount account);

    /** The account, locked until the transaction ends: the one place balance changes serialise. */
    Optional<PointsAccount> lockAccount(CustomerId customerId);

    /**
     * Many accounts locked in one statement, in customer-id order: two callers locking overlapping
     * sets queue instead of deadlocking. Customers without an account are missing from the answer.
     */
    List<PointsAccount> lockAccounts(Collection<CustomerId> customerIds);

    Optional<PointsAccount> findAccount(CustomerId customerId);

    /** The accounts, read without locks, in customer-id order. */
    List<PointsAccount> findAccounts(Collection<CustomerId> customerIds);

    /** Lots with points left that have not expired at the given instant. */
    List<Lot> openLots(CustomerId customerId, Instant now);

    /**
     * Lots with points left whose expiry has come, from the customer's lots with points (read once
     * per transaction, see {@link #lotsWithPoints}): for callers that go on to spend.
     */
    List<Lot> dueLots(CustomerId customerId, Instant now);

    /**
     * Every lot of the customer that still holds points, due or not, in spending order. Read once
     * per transaction: {@link #openLots} answers from what was read until a posting is stored.
     */
    List<Lot> lotsWithPoints(CustomerId customerId);

    /**
     * Only the lots whose expiry has come and that still hold points, read afresh: what earning needs
     * (it spends nothing), without reading every lot a customer holds.
     */
    default List<Lot> onlyDueLots(CustomerId customerId, Instant now) {
        return onlyDueLots(List.of(customerId), now).getOrDefault(customerId, List.of());
    }

    /**
     * The lots holding points that expire before the horizon (those already due included), soonest
     * first: what a balance shows as expiring soon, without reading every lot a customer holds.
     */
    List<Lot> lotsExpiringBefore(CustomerId customerId, Instant horizon);

    /** {@link #onlyDueLots(CustomerId, Instant)} of many customers in one query; customers with none are absent. */
    Map<CustomerId, List<Lot>> onlyDueLots(Collection<CustomerId> customerIds, Instant now);

    List<String> customersWithDueLots(Instant now, int limit);

    void store(Posting posting);

    Optional<LedgerEntry> findEntry(long entryId);

    Optional<Lot> findLot(long lotId);

    List<LotMovement> movementsOf(LedgerEntry entry);

    Optional<Accrual> findAccrual(String sourceTxnId);

    /** The accruals stored under any of these source transaction ids, by id. */
    Map<String, Accrual> findAccruals(Collection<String> sourceTxnIds);

    void addAccrual(Accrual accrual);

    /** The customer's entries, newest first. */
    default List<LedgerEntry> entries(CustomerId customerId, int page, int size) {
        return entries(customerId, Sorting.none(), page, size);
    }

    /** The same, in the order chosen (newest first when none is). */
    List<LedgerEntry> entries(CustomerId customerId, Sorting<EntrySort> sorting, int page, int size);

    long countEntries(CustomerId customerId);

    long sumOfEntries(CustomerId customerId);

    long sumOfRemainingLots(CustomerId customerId);

    List<EarningRule> earningRules(Activity activity);

    /** Every version of every rule, by code and version. */
    List<EarningRule> allEarningRules();

    List<EarningRule> earningRuleVersions(String code);

    void addEarningRule(EarningRule rule);

    /** Points a rule (by code) earned a customer from transactions that happened in [from, to), not reversed. */
    long earnedByRule(CustomerId customerId, String ruleCode, Instant from, Instant to);

    /** What a campaign simulation needs of an accrual: who, what, how much, when, and the points its rule gave. */
    record AccrualFigures(String customerId, Activity activity, String productCode, java.math.BigDecimal amount,
                          Instant occurredAt, long rulePoints) {
    }

    /**
     * The accruals (not reversed) that occurred in the window, oldest first, as figures read in one
     * query: a month of a bank's accruals is millions, too many to load as entities with their lines.
     */
    List<AccrualFigures> accrualFiguresBetween(Instant from, Instant to);

    List<StarLevelMultiplier> starLevelMultipliers();

    /**
     * Earning rules and multipliers are read-mostly and kept for a few seconds; a change to a rule
     * says so here, so this server reads them afresh at once (others within that time).
     */
    void earningRulesChanged();
}
