package io.jifen.risk.persistence;

import io.jifen.risk.Alert;
import io.jifen.risk.AlertRepository;
import io.jifen.risk.AlertRule;
import io.jifen.risk.AlertRuleSetting;
import io.jifen.risk.AlertSort;
import io.jifen.risk.AlertStatus;
import io.jifen.risk.AlertSubject;
import io.jifen.risk.PartnerRefusalWindow;
import io.jifen.shared.Sorting;
import io.jifen.shared.persistence.LockedRows;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaAlertRepository implements AlertRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    LockedRows rows;

    @Override
    public List<AlertRuleSetting> settings() {
        return em.createQuery("select s from AlertRuleSetting s order by s.rule", AlertRuleSetting.class).getResultList();
    }

    @Override
    public Optional<AlertRuleSetting> setting(AlertRule rule) {
        return Optional.ofNullable(em.find(AlertRuleSetting.class, rule));
    }

    @Override
    public boolean isOpen(AlertRule rule, AlertSubject kind, String subjectId) {
        return !em.createQuery("select a.id from Alert a where a.openKey = :key", String.class)
                .setParameter("key", Alert.openKey(rule, kind, subjectId)).setMaxResults(1).getResultList().isEmpty();
    }

    @Override
    public void add(Alert alert) {
        em.persist(alert);
    }

    @Override
    public Optional<Alert> lock(String alertId) {
        return Optional.ofNullable(em.find(Alert.class, alertId, LockModeType.PESSIMISTIC_WRITE));
    }

    @Override
    public Optional<Alert> find(String alertId) {
        return Optional.ofNullable(em.find(Alert.class, alertId));
    }

    @Override
    public long otherHolds(String customerId, String except) {
        return em.createQuery("""
                        select count(a) from Alert a where a.subjectKind = :kind and a.subjectId = :customer
                        and a.holds = true and a.openKey is not null and a.id <> :except""", Long.class)
                .setParameter("kind", AlertSubject.CUSTOMER).setParameter("customer", customerId).setParameter("except", except).getSingleResult();
    }

    @Override
    public List<Alert> list(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId,
                            Sorting<AlertSort> sorting, int page, int size) {
        var query = filtered("select a from Alert a", status, rule, kind, subjectId, AlertSort.orderBy(sorting),
                Alert.class);
        return query.setFirstResult(page * size).setMaxResults(size).getResultList();
    }

    @Override
    public long count(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId) {
        return filtered("select count(a) from Alert a", status, rule, kind, subjectId, "", Long.class).getSingleResult();
    }

    private <T> TypedQuery<T> filtered(String select, AlertStatus status, AlertRule rule, AlertSubject kind,
                                       String subjectId, String order, Class<T> type) {
        List<String> where = new ArrayList<>();
        if (status != null) {
            where.add("a.status = :status");
        }
        if (rule != null) {
            where.add("a.rule = :rule");
        }
        if (kind != null) {
            where.add("a.subjectKind = :kind");
        }
        if (subjectId != null) {
            where.add("a.subjectId = :subject");
        }
        var query = em.createQuery(select + (where.isEmpty() ? "" : " where " + String.join(" and ", where)) + order, type);
        if (status != null) {
            query.setParameter("status", status);
        }
        if (rule != null) {
            query.setParameter("rule", rule);
        }
        if (kind != null) {
            query.setParameter("kind", kind);
        }
        if (subjectId != null) {
            query.setParameter("subject", subjectId);
        }
        return query;
    }

    @Override
    public PartnerRefusalWindow lockRefusals(String partnerId, Instant at) {
        return rows.lockOrCreate(PartnerRefusalWindow.class, partnerId, () -> new PartnerRefusalWindow(partnerId, at));
    }

    @Override
    public long otherCustomersAt(String addressKey, String customerId, Instant since) {
        return em.createQuery("""
                        select count(distinct o.customerId) from RedemptionOrder o
                        where o.addressKey = :key and o.createdAt >= :since and o.customerId <> :customer""", Long.class)
                .setParameter("key", addressKey).setParameter("since", since).setParameter("customer", customerId)
                .getSingleResult();
    }

    @Override
    public List<String> addressesOf(String customerId, Instant since) {
        return em.createQuery("""
                        select o.addressKey from RedemptionOrder o
                        where o.customerId = :customer and o.createdAt >= :since and o.addressKey is not null
                        order by o.createdAt, o.id""", String.class)
                .setParameter("customer", customerId).setParameter("since", since).getResultList();
    }
}
