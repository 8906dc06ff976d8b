package io.jifen.orders.persistence;

import io.jifen.orders.IdempotencyRecord;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.UnknownOrderException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
    public Optional<RedemptionOrder> find(String orderId) {
        return Optional.ofNullable(em.find(RedemptionOrder.class, orderId));
    }

    @Override
    public RedemptionOrder lock(String orderId) {
        RedemptionOrder order = em.find(RedemptionOrder.class, orderId, LockModeType.PESSIMISTIC_WRITE);
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
    public long pointsRedeemedSince(String customerId, Instant since) {
        return em.createQuery("""
                        select coalesce(sum(o.pointsCharged), 0) from RedemptionOrder o
                        where o.customerId = :customer and o.createdAt >= :since and o.status not in :undone""", Long.class)
                .setParameter("customer", customerId).setParameter("since", since)
                .setParameter("undone", EnumSet.of(OrderStatus.CANCELLED, OrderStatus.REFUNDED, OrderStatus.FAILED))
                .getSingleResult();
    }

    @Override
    public List<RedemptionOrder> find(OrderQuery query, int page, int size) {
        return filtered(query, "select o from RedemptionOrder o", " order by o.createdAt desc, o.id", RedemptionOrder.class)
                .setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(OrderQuery query) {
        return filtered(query, "select count(o) from RedemptionOrder o", "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(OrderQuery query, String select, String order, Class<T> type) {
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
        }
        TypedQuery<T> typed = em.createQuery(jpql.append(order).toString(), type);
        params.forEach(typed::setParameter);
        return typed;
    }
}
