package io.jifen.points;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where accounts, lots, entries and accruals are kept. */
public interface PointsRepository {
    void addAccount(PointsAccount account);

    /** The account, locked until the transaction ends: the one place balance changes serialise. */
    Optional<PointsAccount> lockAccount(String customerId);

    Optional<PointsAccount> findAccount(String customerId);

    /** Lots with points left that have not expired at the given instant. */
    List<Lot> openLots(String customerId, Instant now);

    /** Lots with points left whose expiry has come. */
    List<Lot> dueLots(String customerId, Instant now);

    List<String> customersWithDueLots(Instant now, int limit);

    void store(Posting posting);

    Optional<LedgerEntry> findEntry(long entryId);

    List<LotMovement> movementsOf(LedgerEntry entry);

    Optional<Accrual> findAccrual(String sourceTxnId);

    void addAccrual(Accrual accrual);

    List<LedgerEntry> entries(String customerId, int page, int size);

    long countEntries(String customerId);

    long sumOfEntries(String customerId);

    long sumOfRemainingLots(String customerId);

    List<EarningRule> earningRules(Activity activity);

    List<StarLevelMultiplier> starLevelMultipliers();
}
