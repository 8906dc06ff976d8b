package io.jifen.audit.application;

import io.jifen.audit.AuditChainHead;
import io.jifen.audit.AuditEvent;
import io.jifen.shared.Paged;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Records staff actions in the acting transaction, and lets auditors read them. */
@ApplicationScoped
public class AuditLog {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    Clock clock;

    public record Page(List<AuditEvent> items, int page, int size, long total) implements Paged<AuditEvent> {
    }

    /**
     * Links the record into the log's chain: the head row is locked first, so the record's id,
     * drawn after, follows the previous record's on every server.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEvent record(String action, String subject, String details) {
        var head = em.find(AuditChainHead.class, AuditChainHead.THE_ONE, LockModeType.PESSIMISTIC_WRITE);
        var event = new AuditEvent(Actors.current().name(), action, subject, details, clock.instant());
        head.advance(event);
        em.persist(event);
        return event;
    }

    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN})
    public Page search(String actorOrSubject, int page, int size) {
        String where = actorOrSubject == null || actorOrSubject.isBlank() ? ""
                : " where lower(e.actor) like :text or lower(e.subject) like :text or lower(e.action) like :text"
                + " or lower(e.details) like :text";
        TypedQuery<AuditEvent> items = em.createQuery("select e from AuditEvent e" + where + " order by e.id desc",
                AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where, Long.class);
        if (!where.isEmpty()) {
            String text = "%" + actorOrSubject.toLowerCase().replace("%", "").replace("_", "") + "%";
            items.setParameter("text", text);
            count.setParameter("text", text);
        }
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }
}
