package io.jifen.points.persistence;

import io.jifen.shared.CustomerId;
import io.jifen.points.Accrual;
import io.jifen.points.Activity;
import io.jifen.points.EarningLine;
import io.jifen.points.EarningRule;
import io.jifen.points.EntrySort;
import io.jifen.points.LedgerEntry;
import io.jifen.points.LotMovement;
import io.jifen.shared.Approval;
import io.jifen.shared.Sorting;
import io.jifen.shared.persistence.SequenceBlocks;
import jakarta.inject.Inject;
import jakarta.enterprise.event.Event;
import io.jifen.points.Lot;
import io.jifen.points.PointsChanged;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import io.jifen.points.Posting;
import io.jifen.points.StarLevelMultiplier;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

@ApplicationScoped
public class JpaPointsRepository implements PointsRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    Event<PointsChanged> changed;
    @Inject
    LotsReadThisTransaction readThisTransaction;
    @Inject
    EarningRulesCache readMostly;
    @Inject
    SequenceBlocks sequences;

    @Override
    public void addAccount(PointsAccount account) {
        em.persist(account);
    }

    @Override
    public Optional<PointsAccount> lockAccount(CustomerId customerId) {
        return Optional.ofNullable(em.find(PointsAccount.class, customerId.value(), LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<PointsAccount> lockAccounts(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        // FOR UPDATE over ORDER BY takes the row locks in the order of the sort
        return em.createQuery("select a from PointsAccount a where a.customerId in :ids order by a.customerId",
                        PointsAccount.class)
                .setParameter("ids", customerIds.stream().map(CustomerId::value).toList())
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    @Override
    public List<PointsAccount> findAccounts(Collection<CustomerId> customerIds) {
        if (customerIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery("select a from PointsAccount a where a.customerId in :ids order by a.customerId",
                        PointsAccount.class)
                .setParameter("ids", customerIds.stream().map(CustomerId::value).toList())
                .getResultList();
    }

    @Override
    public Optional<PointsAccount> findAccount(CustomerId customerId) {
        return Optional.ofNullable(em.find(PointsAccount.class, customerId.value()));
    }

    @Override
    public List<Lot> openLots(CustomerId customerId, Instant now) {
        var read = readThisTransaction.lotsOf(customerId);
        if (read != null) {
            return read.stream().filter(lot -> lot.expiresAt().isAfter(now) && lot.remainingPoints().isPositive()).toList();
        }
        return lotsWithPoints(customerId).stream().filter(lot -> lot.expiresAt().isAfter(now)).toList();
    }

    @Override
    public List<Lot> lotsWithPoints(CustomerId customerId) {
        var lots = em.createQuery("""
                        select l from Lot l where l.customerId = :customer and l.remainingPoints > 0
                        order by l.expiresAt, l.earnedAt, l.id""", Lot.class)
                .setParameter("customer", customerId.value())
                .getResultList();
        readThisTransaction.remember(customerId, lots);
        return lots;
    }

    @Override
    public List<Lot> lotsExpiringBefore(CustomerId customerId, Instant horizon) {
        return em.createQuery("""
                        select l from Lot l where l.customerId = :customer and l.remainingPoints > 0
                          and l.expiresAt < :horizon
                        order by l.expiresAt, l.earnedAt, l.id""", Lot.class)
                .setParameter("customer", customerId.value())
                .setParameter("horizon", horizon)
                .getResultList();
    }

    @Override
    public Map<CustomerId, List<Lot>> onlyDueLots(Collection<CustomerId> customerIds, Instant now) {
        Map<CustomerId, List<Lot>> due = new HashMap<>();
        if (customerIds.isEmpty()) {
            return due;
        }
        em.createQuery("""
                        select l from Lot l where l.customerId in :customers and l.remainingPoints > 0
                          and l.expiresAt <= :now
                        order by l.customerId, l.expiresAt, l.earnedAt, l.id""", Lot.class)
                .setParameter("customers", customerIds.stream().map(CustomerId::value).toList())
                .setParameter("now", now)
                .getResultList()
                .forEach(lot -> due.computeIfAbsent(lot.customerId(), id -> new ArrayList<>()).add(lot));
        return due;
    }

    @Override
    public List<Lot> dueLots(CustomerId customerId, Instant now) {
        var read = readThisTransaction.lotsOf(customerId);
        var lots = read != null ? read : lotsWithPoints(customerId);
        return lots.stream().filter(lot -> !lot.expiresAt().isAfter(now) && lot.remainingPoints().isPositive()).toList();
    }

    @Override
    public List<String> customersWithDueLots(Instant now, int limit) {
        return em.createQuery("""
                        select distinct l.customerId from Lot l where l.remainingPoints > 0 and l.expiresAt <= :now
                        order by l.customerId""", String.class)
                .setParameter("now", now).setMaxResults(limit)
                .getResultList();
    }

    @Override
    public void store(Posting posting) {
        // a posting may add lots: the next reader of this customer's lots asks the database again
        posting.entries().forEach(entry -> readThisTransaction.forget(entry.customerId()));
        for (LedgerEntry entry : posting.entries()) {
            sequences.take(LEDGER_SEQUENCE).ifPresent(entry::numberAs);
            em.persist(entry);
        }
        posting.newLots().forEach(em::persist);
        posting.movements().forEach(em::persist);
        // each entry, once persisted (its id assigned), is announced; PointsChangedOutbox records it in this transaction
        posting.entries().forEach(entry -> changed.fire(new PointsChanged(entry)));
    }

    @Override
    public Optional<Lot> findLot(long lotId) {
        return Optional.ofNullable(em.find(Lot.class, lotId));
    }

    @Override
    public Optional<LedgerEntry> findEntry(long entryId) {
        return Optional.ofNullable(em.find(LedgerEntry.class, entryId));
    }

    @Override
    public List<LotMovement> movementsOf(LedgerEntry entry) {
        return em.createQuery("select m from LotMovement m where m.entry = :entry order by m.id", LotMovement.class)
                .setParameter("entry", entry).getResultList();
    }

    @Override
    public Optional<Accrual> findAccrual(String sourceTxnId) {
        return Optional.ofNullable(em.find(Accrual.class, sourceTxnId));
    }

    @Override
    public Map<String, Accrual> findAccruals(Collection<String> sourceTxnIds) {
        Map<String, Accrual> found = new HashMap<>();
        if (!sourceTxnIds.isEmpty()) {
            em.createQuery("select a from Accrual a where a.sourceTxnId in :ids", Accrual.class)
                    .setParameter("ids", List.copyOf(sourceTxnIds))
                    .setHint("eclipselink.batch.type", "IN")
                    .setHint("eclipselink.batch", "a.lines")
                    .getResultList()
                    .forEach(accrual -> found.put(accrual.sourceTxnId(), accrual));
        }
        return found;
    }

    @Override
    public void addAccrual(Accrual accrual) {
        em.persist(accrual);
    }

    @Override
    public List<LedgerEntry> entries(CustomerId customerId, Sorting<EntrySort> sorting, int page, int size) {
        return em.createQuery("select e from LedgerEntry e where e.customerId = :customer" + EntrySort.orderBy(sorting),
                        LedgerEntry.class)
                .setParameter("customer", customerId.value())
                .setFirstResult(page * size).setMaxResults(size)
                .getResultList();
    }

    @Override
    public long countEntries(CustomerId customerId) {
        return em.createQuery("select count(e) from LedgerEntry e where e.customerId = :customer", Long.class)
                .setParameter("customer", customerId.value()).getSingleResult();
    }

    @Override
    public long sumOfEntries(CustomerId customerId) {
        Long sum = em.createQuery("select sum(e.points) from LedgerEntry e where e.customerId = :customer", Long.class)
                .setParameter("customer", customerId.value()).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public long sumOfRemainingLots(CustomerId customerId) {
        Long sum = em.createQuery("select sum(l.remainingPoints) from Lot l where l.customerId = :customer", Long.class)
                .setParameter("customer", customerId.value()).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<EarningRule> earningRules(Activity activity) {
        return readMostly.rules().get(activity.name(), key -> Optional.of(
                // a version proposed and not yet approved by a second person earns nothing
                em.createQuery("select r from EarningRule r where r.activity = :activity and r.approval = :approved",
                                EarningRule.class)
                        .setParameter("activity", activity).setParameter("approved", Approval.APPROVED)
                        .getResultList())).orElseThrow();
    }

    @Override
    public List<StarLevelMultiplier> starLevelMultipliers() {
        return readMostly.multipliers().get("all", key -> Optional.of(
                em.createQuery("select m from StarLevelMultiplier m", StarLevelMultiplier.class).getResultList()))
                .orElseThrow();
    }

    @Override
    public void earningRulesChanged() {
        readMostly.forgetRules();
    }

    @Override
    public List<EarningRule> allEarningRules() {
        return em.createQuery("select r from EarningRule r order by r.code, r.version", EarningRule.class).getResultList();
    }

    @Override
    public List<EarningRule> earningRuleVersions(String code) {
        return em.createQuery("select r from EarningRule r where r.code = :code order by r.version", EarningRule.class)
                .setParameter("code", code).getResultList();
    }

    @Override
    public void addEarningRule(EarningRule rule) {
        em.persist(rule);
        readMostly.forgetRules();
    }

    @Override
    public long earnedByRule(CustomerId customerId, String ruleCode, Instant from, Instant to) {
        Long sum = em.createQuery("""
                        select sum(l.line.points) from Accrual a join a.lines l
                        where a.customerId = :customer and l.line.kind = :kind and l.line.name = :code
                          and a.occurredAt >= :from and a.occurredAt < :to and a.reversedAt is null""", Long.class)
                .setParameter("customer", customerId.value()).setParameter("kind", EarningLine.Kind.RULE)
                .setParameter("code", ruleCode).setParameter("from", from).setParameter("to", to)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<AccrualFigures> accrualFiguresBetween(Instant from, Instant to) {
        return em.createQuery("""
                        select new io.jifen.points.PointsRepository.AccrualFigures(a.customerId, a.activity, a.productCode,
                               a.amount, a.occurredAt, a.rulePoints)
                        from Accrual a where a.occurredAt >= :from and a.occurredAt < :to and a.reversedAt is null
                        order by a.occurredAt, a.sourceTxnId""", AccrualFigures.class)
                .setParameter("from", from).setParameter("to", to)
                .getResultList();
    }
}
