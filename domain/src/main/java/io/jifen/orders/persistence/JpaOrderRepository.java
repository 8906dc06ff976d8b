package io.jifen.orders.persistence;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.CustomerId;
import io.jifen.orders.IdempotencyRecord;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.UnknownOrderException;
import io.jifen.shared.InvalidRequestException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import jakarta.persistence.TypedQuery;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

@ApplicationScoped
public class JpaOrderRepository implements OrderRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public void add(RedemptionOrder order) {
        // the order names its ledger entry by id only: write the entry first
        em.flush();
        em.persist(order);
    }

    @Override
    public Optional<RedemptionOrder> find(OrderId orderId) {
        return Optional.ofNullable(em.find(RedemptionOrder.class, orderId.value()));
    }

    @Override
    public RedemptionOrder lock(OrderId orderId) {
        RedemptionOrder order = em.find(RedemptionOrder.class, orderId.value(), LockModeType.PESSIMISTIC_WRITE);
        if (order == null) {
            throw new UnknownOrderException(orderId);
        }
        em.refresh(order);
        return order;
    }

    @Override
    public Optional<IdempotencyRecord> findKey(String partnerId, String key) {
        return Optional.ofNullable(em.find(IdempotencyRecord.class, new IdempotencyRecord.Key(partnerId, key)));
    }

    @Override
    public void addKey(IdempotencyRecord record) {
        // the key names its order by id only: write the order first
        em.flush();
        em.persist(record);
    }

    @Override
    public List<RedemptionOrder> find(OrderQuery query, int page, int size) {
        return filtered(query, null, "select o from RedemptionOrder o", " order by o.createdAt desc, o.id",
                RedemptionOrder.class).setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrderQuery query) {
        return filtered(query, null, "select count(o) from RedemptionOrder o", "", Long.class).getSingleResult();
    }

    /*
     * Door-to-door orders (private banking) come first, then overdue ones. Overdue first is a CASE over the open states, selected as a result variable so that ORDER BY
     * may name it on any JPA version and database. updatedAt is the time of the last status change:
     * the order sets it on every move and on nothing else.
     */
    @Override
    public List<RedemptionOrder> findForBoard(OrderQuery query, Map<OrderStatus, Instant> overdueIfChangedBefore,
                                              int offset, int limit) {
        if (overdueIfChangedBefore.isEmpty()) {
            return filtered(query, Set.of(), "select o from RedemptionOrder o",
                    " order by o.doorToDoor desc, o.updatedAt, o.id",
                    RedemptionOrder.class).setFirstResult(offset).setMaxResults(limit).getResultList();
        }
        StringBuilder lateness = new StringBuilder("case");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (var cutoff : overdueIfChangedBefore.entrySet()) {
            lateness.append(" when o.status = :lateStatus").append(i).append(" and o.updatedAt < :lateBefore").append(i)
                    .append(" then 0");
            params.put("lateStatus" + i, cutoff.getKey());
            params.put("lateBefore" + i, cutoff.getValue());
            i++;
        }
        lateness.append(" else 1 end");
        TypedQuery<Object[]> typed = filtered(query, overdueIfChangedBefore.keySet(),
                "select o, " + lateness + " as lateness from RedemptionOrder o",
                " order by o.doorToDoor desc, lateness, o.updatedAt, o.id", Object[].class);
        params.forEach(typed::setParameter);
        return typed.setFirstResult(offset).setMaxResults(limit).getResultList().stream()
                .map(row -> (RedemptionOrder) row[0]).toList();
    }

    @Override
    public long countForBoard(OrderQuery query, Set<OrderStatus> open) {
        return filtered(query, open, "select count(o) from RedemptionOrder o", "", Long.class).getSingleResult();
    }

    @Override
    public Optional<RedemptionOrder> findByTrackingNumber(String trackingNumber) {
        return em.createQuery("select o from RedemptionOrder o where o.trackingNumber = :tracking", RedemptionOrder.class)
                .setParameter("tracking", trackingNumber).getResultStream().findFirst();
    }

    @Override
    public void flushShipment(RedemptionOrder order) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            if (!isUniqueViolation(e)) {
                throw e;
            }
            throw new InvalidRequestException("trackingNumber",
                    Message.of("trackingNumberTaken", order.trackingNumber()));
        }
    }

    /** SQLSTATE class 23 is an integrity constraint violation on both H2 and PostgreSQL. */
    static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public List<RedemptionOrder> findOverdue(CustomerId customerId, Map<OrderStatus, Instant> overdueIfChangedBefore,
                                             int offset, int limit) {
        if (overdueIfChangedBefore.isEmpty()) {
            return List.of();
        }
        return overdue("select o from RedemptionOrder o", customerId, overdueIfChangedBefore,
                " order by o.doorToDoor desc, o.updatedAt, o.id", RedemptionOrder.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countOverdue(CustomerId customerId, Map<OrderStatus, Instant> overdueIfChangedBefore) {
        if (overdueIfChangedBefore.isEmpty()) {
            return 0;
        }
        return overdue("select count(o) from RedemptionOrder o", customerId, overdueIfChangedBefore, "", Long.class)
                .getSingleResult();
    }

    @Override
    public List<String> pickupsReadySince(Instant changedBefore, int limit) {
        return em.createQuery("""
                        select o.id from RedemptionOrder o
                        where o.status = :ready and o.updatedAt < :before order by o.updatedAt, o.id""", String.class)
                .setParameter("ready", OrderStatus.READY_FOR_PICKUP).setParameter("before", changedBefore)
                .setMaxResults(limit).getResultList();
    }

    private <T> TypedQuery<T> overdue(String select, CustomerId customerId, Map<OrderStatus, Instant> cutoffs,
                                      String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where (");
        Map<String, Object> params = new HashMap<>();
        int i = 0;
        for (var cutoff : cutoffs.entrySet()) {
            jpql.append(i == 0 ? "" : " or ").append("(o.status = :lateStatus").append(i)
                    .append(" and o.updatedAt < :lateBefore").append(i).append(')');
            params.put("lateStatus" + i, cutoff.getKey());
            params.put("lateBefore" + i, cutoff.getValue());
            i++;
        }
        jpql.append(')');
        if (customerId != null) {
            jpql.append(" and o.customerId = :customer");
            params.put("customer", customerId.value());
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(typed::setParameter);
        return typed;
    }

    /** {@code whenNoStatus}: the states to keep when the query names none (null: any state). */
    private <T> TypedQuery<T> filtered(OrderQuery query, Collection<OrderStatus> whenNoStatus, String select,
                                       String order, Class<T> type) {
        StringBuilder jpql = new StringBuilder(select).append(" where 1 = 1");
        Map<String, Object> params = new HashMap<>();
        if (query.partnerId() != null) {
            jpql.append(" and o.partnerId = :partner");
            params.put("partner", query.partnerId());
        }
        if (query.customerId() != null) {
            jpql.append(" and o.customerId = :customer");
            params.put("customer", query.customerId());
        }
        if (query.status() != null) {
            jpql.append(" and o.status = :status");
            params.put("status", query.status());
        } else if (whenNoStatus != null) {
            if (whenNoStatus.isEmpty()) {
                jpql.append(" and 1 = 0");
            } else {
                jpql.append(" and o.status in :statuses");
                params.put("statuses", EnumSet.copyOf(whenNoStatus));
            }
        }
        if (query.channel() != null) {
            jpql.append(" and o.channel = :channel");
            params.put("channel", query.channel());
        }
        if (query.branchCode() != null) {
            jpql.append(" and o.branchCode = :branch");
            params.put("branch", query.branchCode());
        }
        if (query.placedBefore() != null) {
            jpql.append(" and o.createdAt < :placedBefore");
            params.put("placedBefore", query.placedBefore());
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(typed::setParameter);
        return typed;
    }
}
