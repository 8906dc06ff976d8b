package io.jifen.webhooks.persistence;

import io.jifen.points.Lot;
import io.jifen.shared.Sorting;
import io.jifen.webhooks.DailyRun;
import io.jifen.webhooks.DeliverySort;
import io.jifen.webhooks.DeliveryStatus;
import io.jifen.webhooks.EndpointSort;
import io.jifen.webhooks.ExpiringPointsNotice;
import io.jifen.webhooks.WebhookDelivery;
import io.jifen.webhooks.WebhookEndpoint;
import io.jifen.webhooks.WebhookRepository;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaWebhookRepository implements WebhookRepository {
    /**
     * Active endpoints, by their deactivation time rather than the flag: EclipseLink binds a
     * boolean as 1 on H2, which H2 2 refuses to compare with a BOOLEAN column.
     */
    private static final String ACTIVE = "e.deactivatedAt is null";
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public void addEndpoint(WebhookEndpoint endpoint) {
        em.persist(endpoint);
    }

    @Override
    public Optional<WebhookEndpoint> findEndpoint(long endpointId) {
        return Optional.ofNullable(em.find(WebhookEndpoint.class, endpointId));
    }

    @Override
    public List<WebhookEndpoint> activeEndpoints() {
        return em.createQuery("select e from WebhookEndpoint e where " + ACTIVE + " order by e.id",
                WebhookEndpoint.class).getResultList();
    }

    @Override
    public List<WebhookEndpoint> endpoints(boolean activeOnly, Sorting<EndpointSort> sorting, int offset, int limit) {
        return em.createQuery("select e from WebhookEndpoint e" + (activeOnly ? " where " + ACTIVE : "")
                        + EndpointSort.orderBy(sorting), WebhookEndpoint.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countEndpoints(boolean activeOnly) {
        return em.createQuery("select count(e) from WebhookEndpoint e" + (activeOnly ? " where " + ACTIVE : ""),
                Long.class).getSingleResult();
    }

    @Override
    public void addDelivery(WebhookDelivery delivery) {
        em.persist(delivery);
    }

    @Override
    public Optional<WebhookDelivery> findDelivery(long deliveryId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId));
    }

    @Override
    public Optional<WebhookDelivery> lockDelivery(long deliveryId) {
        return Optional.ofNullable(em.find(WebhookDelivery.class, deliveryId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public List<WebhookDelivery> deliveries(DeliveryStatus status, Long endpointId, Sorting<DeliverySort> sorting,
                                            int offset, int limit) {
        return filtered("select d from WebhookDelivery d", DeliverySort.orderBy(sorting), status, endpointId,
                WebhookDelivery.class).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countDeliveries(DeliveryStatus status, Long endpointId) {
        return filtered("select count(d) from WebhookDelivery d", "", status, endpointId, Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, String order, DeliveryStatus status, Long endpointId,
                                       Class<T> type) {
        String where = status == null && endpointId == null ? ""
                : " where " + (status == null ? "" : "d.status = :status")
                + (status != null && endpointId != null ? " and " : "")
                + (endpointId == null ? "" : "d.endpointId = :endpoint");
        TypedQuery<T> query = em.createQuery(select + where + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (endpointId != null) {
            query.setParameter("endpoint", endpointId);
        }
        return query;
    }

    @Override
    public List<Long> attemptable(Instant now, int limit) {
        // The NOT EXISTS is CustomerOrdering in SQL: only the head of each endpoint's and
        // customer's line is a candidate, so a long line behind a failing head starves nobody.
        return em.createQuery("""
                        select d.id from WebhookDelivery d
                        where d.status = :pending and d.nextAttemptAt <= :now
                        and (d.claimedUntil is null or d.claimedUntil < :now)
                        and not exists (select e.id from WebhookDelivery e
                            where e.endpointId = d.endpointId and e.customerId = d.customerId
                            and e.status = :pending and e.outboxEventId < d.outboxEventId)
                        order by d.nextAttemptAt, d.id""", Long.class)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .setMaxResults(limit).getResultList();
    }

    @Override
    public boolean claim(long deliveryId, String owner, Instant until, Instant now) {
        return em.createQuery("""
                        update WebhookDelivery d set d.claimedBy = :owner, d.claimedUntil = :until
                        where d.id = :id and d.status = :pending and d.nextAttemptAt <= :now
                        and (d.claimedUntil is null or d.claimedUntil < :now)""")
                .setParameter("owner", owner).setParameter("until", until).setParameter("id", deliveryId)
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("now", now)
                .executeUpdate() == 1;
    }

    @Override
    public List<WebhookDelivery> pendingAhead(WebhookDelivery delivery) {
        if (delivery.customerId() == null) {
            return List.of();
        }
        return em.createQuery("""
                        select e from WebhookDelivery e where e.endpointId = :endpoint and e.customerId = :customer
                        and e.status = :pending and e.outboxEventId < :outboxEvent order by e.outboxEventId""",
                        WebhookDelivery.class)
                .setParameter("endpoint", delivery.endpointId()).setParameter("customer", delivery.customerId())
                .setParameter("pending", DeliveryStatus.PENDING).setParameter("outboxEvent", delivery.outboxEventId())
                .getResultList();
    }

    @Override
    public List<WebhookDelivery> pendingFor(long endpointId) {
        return em.createQuery("select d from WebhookDelivery d where d.endpointId = :endpoint and d.status = :pending",
                        WebhookDelivery.class)
                .setParameter("endpoint", endpointId).setParameter("pending", DeliveryStatus.PENDING)
                .getResultList();
    }

    @Override
    public boolean claimDailyRun(String job, LocalDate today) {
        return em.createQuery("""
                        update DailyRun r set r.lastRunOn = :today
                        where r.job = :job and (r.lastRunOn is null or r.lastRunOn < :today)""")
                .setParameter("today", today).setParameter("job", job).executeUpdate() == 1;
    }

    @Override
    public void lockDailyRun(String job) {
        if (em.find(DailyRun.class, job, LockModeType.PESSIMISTIC_WRITE) == null) {
            throw new IllegalStateException("no daily run " + job + " (migration V6 creates it)");
        }
    }

    @Override
    public List<Lot> unannouncedExpiringLots(Instant now, Instant horizon, int limit) {
        return em.createQuery("""
                        select l from Lot l where l.remainingPoints > 0 and l.expiresAt > :now and l.expiresAt <= :horizon
                        and not exists (select n.lotId from ExpiringPointsNotice n where n.lotId = l.id)
                        order by l.id""", Lot.class)
                .setParameter("now", now).setParameter("horizon", horizon).setMaxResults(limit).getResultList();
    }

    @Override
    public void addNotice(ExpiringPointsNotice notice) {
        em.persist(notice);
    }
}
