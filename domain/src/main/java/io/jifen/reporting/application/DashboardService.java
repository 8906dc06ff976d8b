package io.jifen.reporting.application;

import io.jifen.catalog.GiftCategory;
import io.jifen.orders.OrderStatus;
import io.jifen.points.EntryType;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The dashboard's figures, each one aggregate query on the database (nothing is loaded row by
 * row). Days and months follow the bank's calendar (Beijing time).
 */
@ApplicationScoped
@Transactional
@RequiresRole({Roles.ADMIN, Roles.PROCUREMENT, Roles.MARKETING, Roles.FULFILMENT, Roles.SERVICE, Roles.AUDITOR, Roles.RISK})
public class DashboardService {
    private static final EnumSet<OrderStatus> UNDONE = EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED,
            OrderStatus.FAILED);

    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.cost-per-point", defaultValue = "0.01")
    BigDecimal costPerPoint;

    /**
     * The roll-forward's terms over a period: earned, redeemed (net of refunds), expired, adjusted
     * (staff, signed, net) and reversed (signed); together they are exactly the change in the
     * outstanding points, whatever was credited and taken back.
     */
    public record PointsFlow(long issued, long redeemed, long expired, long adjusted, long reversed) {
        public long net() {
            return issued - redeemed - expired + adjusted + reversed;
        }
    }

    public record DailyPoints(LocalDate day, long issued, long redeemed) {
    }

    public record Dashboard(PointsFlow today, PointsFlow thisMonth, long outstandingPoints, BigDecimal costPerPoint,
                            BigDecimal liability, Map<OrderStatus, Long> ordersByStatus, long openLowStockWarnings,
                            List<DailyPoints> last30Days, Map<GiftCategory, Long> redeemedByCategory30Days) {
    }

    public Dashboard dashboard() {
        LocalDate today = LocalDate.now(clock.withZone(BankCalendar.ZONE));
        Instant startOfDay = today.atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant startOfMonth = today.withDayOfMonth(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant thirtyDaysAgo = today.minusDays(29).atStartOfDay(BankCalendar.ZONE).toInstant();
        Long outstanding = em.createQuery("select sum(a.balance) from PointsAccount a", Long.class).getSingleResult();
        long points = outstanding == null ? 0 : outstanding;
        return new Dashboard(flowSince(startOfDay), flowSince(startOfMonth), points, costPerPoint,
                costPerPoint.multiply(BigDecimal.valueOf(points)).setScale(2, RoundingMode.HALF_EVEN),
                ordersByStatus(), openWarnings(), daily(today, thirtyDaysAgo), byCategory(thirtyDaysAgo));
    }

    private PointsFlow flowSince(Instant since) {
        Map<EntryType, Long> sums = new EnumMap<>(EntryType.class);
        for (Object[] row : em.createQuery("""
                        select e.type, sum(e.points) from LedgerEntry e where e.occurredAt >= :since group by e.type""",
                        Object[].class).setParameter("since", since).getResultList()) {
            sums.put((EntryType) row[0], ((Number) row[1]).longValue());
        }
        long issued = sums.getOrDefault(EntryType.ACCRUAL, 0L);
        long redeemed = -sums.getOrDefault(EntryType.REDEMPTION, 0L) - sums.getOrDefault(EntryType.REFUND, 0L);
        long expired = -sums.getOrDefault(EntryType.EXPIRY, 0L);
        return new PointsFlow(issued, redeemed, expired, sums.getOrDefault(EntryType.ADJUSTMENT, 0L),
                sums.getOrDefault(EntryType.REVERSAL, 0L));
    }

    private Map<OrderStatus, Long> ordersByStatus() {
        Map<OrderStatus, Long> counts = new EnumMap<>(OrderStatus.class);
        for (Object[] row : em.createQuery("select o.status, count(o) from RedemptionOrder o group by o.status",
                Object[].class).getResultList()) {
            counts.put((OrderStatus) row[0], ((Number) row[1]).longValue());
        }
        return counts;
    }

    private long openWarnings() {
        return em.createQuery("select count(w) from LowStockWarning w where w.resolvedAt is null", Long.class)
                .getSingleResult();
    }

    /** Grouped by the Beijing calendar day in the database (timestamps are stored in UTC). */
    private List<DailyPoints> daily(LocalDate today, Instant since) {
        Map<LocalDate, long[]> days = new LinkedHashMap<>();
        for (int i = 29; i >= 0; i--) {
            days.put(today.minusDays(i), new long[2]);
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("""
                        SELECT CAST(occurred_at + INTERVAL '8' HOUR AS DATE) AS bank_day, entry_type, SUM(points)
                        FROM ledger_entry
                        WHERE occurred_at >= ? AND entry_type IN ('ACCRUAL', 'REDEMPTION', 'REFUND')
                        GROUP BY CAST(occurred_at + INTERVAL '8' HOUR AS DATE), entry_type""")
                .setParameter(1, Timestamp.from(since)).getResultList();
        for (Object[] row : rows) {
            LocalDate day = row[0] instanceof Date date ? date.toLocalDate() : LocalDate.parse(row[0].toString());
            long[] totals = days.get(day);
            if (totals == null) {
                continue;
            }
            long sum = ((Number) row[2]).longValue();
            switch (String.valueOf(row[1])) {
                case "ACCRUAL" -> totals[0] += sum;
                case "REDEMPTION", "REFUND" -> totals[1] -= sum;
                default -> { }
            }
        }
        return days.entrySet().stream().map(e -> new DailyPoints(e.getKey(), e.getValue()[0], e.getValue()[1])).toList();
    }

    private Map<GiftCategory, Long> byCategory(Instant since) {
        Map<GiftCategory, Long> sums = new EnumMap<>(GiftCategory.class);
        for (Object[] row : em.createQuery("""
                        select g.category, sum(o.pointsCharged) from RedemptionOrder o, Gift g
                        where g.id = o.giftId and o.createdAt >= :since and o.status not in :undone
                        group by g.category""", Object[].class)
                .setParameter("since", since).setParameter("undone", UNDONE).getResultList()) {
            sums.put((GiftCategory) row[0], ((Number) row[1]).longValue());
        }
        return sums;
    }
}
