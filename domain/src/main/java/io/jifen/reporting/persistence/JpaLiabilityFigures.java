package io.jifen.reporting.persistence;

import io.jifen.points.EntryType;
import io.jifen.reporting.Breakage;
import io.jifen.reporting.LiabilityFigures;
import io.jifen.reporting.RollForward;
import java.sql.Timestamp;
import java.time.YearMonth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

@ApplicationScoped
public class JpaLiabilityFigures implements LiabilityFigures {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public long balanceBefore(Instant at) {
        Long sum = em.createQuery("select sum(e.points) from LedgerEntry e where e.occurredAt < :at", Long.class)
                .setParameter("at", at).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public Map<EntryType, Long> flows(Instant from, Instant to) {
        Map<EntryType, Long> sums = new EnumMap<>(EntryType.class);
        for (Object[] row : em.createQuery("""
                        select e.type, sum(e.points) from LedgerEntry e
                        where e.occurredAt >= :from and e.occurredAt < :to group by e.type""", Object[].class)
                .setParameter("from", from).setParameter("to", to).getResultList()) {
            sums.put((EntryType) row[0], ((Number) row[1]).longValue());
        }
        return sums;
    }

    @Override
    public long accountsBalance() {
        Long sum = em.createQuery("select sum(a.balance) from PointsAccount a", Long.class).getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public RollForward reconciled(YearMonth month, Instant from, Instant to) {
        StringBuilder sql = new StringBuilder("SELECT (SELECT COALESCE(SUM(balance), 0) FROM points_account),"
                + " (SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE occurred_at < ?)");
        for (EntryType type : EntryType.values()) {
            sql.append(", (SELECT COALESCE(SUM(points), 0) FROM ledger_entry WHERE occurred_at >= ? AND occurred_at < ?"
                    + " AND entry_type = '").append(type.name()).append("')");
        }
        var query = em.createNativeQuery(sql.toString());
        int position = 1;
        query.setParameter(position++, Timestamp.from(from));
        for (int i = 0; i < EntryType.values().length; i++) {
            query.setParameter(position++, Timestamp.from(from));
            query.setParameter(position++, Timestamp.from(to));
        }
        Object[] row = (Object[]) query.getSingleResult();
        Map<EntryType, Long> flows = new EnumMap<>(EntryType.class);
        for (int i = 0; i < EntryType.values().length; i++) {
            flows.put(EntryType.values()[i], ((Number) row[2 + i]).longValue());
        }
        return RollForward.of(month, ((Number) row[1]).longValue(), flows, ((Number) row[0]).longValue());
    }

    @Override
    public Map<Instant, Long> outstandingByExpiry() {
        Map<Instant, Long> sums = new TreeMap<>();
        for (Object[] row : em.createQuery("""
                        select l.expiresAt, sum(l.remainingPoints) from Lot l where l.remainingPoints > 0
                        group by l.expiresAt""", Object[].class).getResultList()) {
            sums.merge((Instant) row[0], ((Number) row[1]).longValue(), Long::sum);
        }
        return sums;
    }

    @Override
    public Map<Integer, Long> outstandingByStarLevel() {
        Map<Integer, Long> sums = new TreeMap<>();
        @SuppressWarnings("unchecked")
        java.util.List<Object[]> rows = em.createNativeQuery("""
                SELECT COALESCE(c.contribution_star_level, 0), SUM(a.balance)
                FROM points_account a LEFT JOIN customer c ON c.id = a.customer_id
                WHERE a.balance > 0 GROUP BY COALESCE(c.contribution_star_level, 0)""").getResultList();
        for (Object[] row : rows) {
            sums.merge(((Number) row[0]).intValue(), ((Number) row[1]).longValue(), Long::sum);
        }
        return sums;
    }

    @Override
    public Breakage closedCohorts(Instant now) {
        Object[] row = em.createQuery("""
                        select sum(l.originalPoints), sum(l.expiredPoints) from Lot l where l.expiresAt <= :now""",
                        Object[].class).setParameter("now", now).getSingleResult();
        return new Breakage(row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue());
    }
}
