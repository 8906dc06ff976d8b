package io.jifen.audit.application;

import io.jifen.audit.AuditChainHead;
import io.jifen.audit.AuditEvent;
import io.jifen.audit.AuditQuery;
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
        var actor = Actors.current();
        var event = new AuditEvent(actor.name(), String.join(",", new java.util.TreeSet<>(actor.roles())), action, subject,
                details, clock.instant());
        head.advance(event);
        em.persist(event);
        return event;
    }

    /**
     * A list taken out of the back office as a file: who took which list, how many rows, in what
     * format. Files of customers leave the bank's screens, so each is on the record as the audit
     * log's own export is.
     */
    @Transactional(Transactional.TxType.REQUIRED)
    public AuditEvent exportedList(String list, long rows, String format) {
        return record("exported list", "list:" + list, rows + " rows as " + format);
    }

    /** The old free-text search: actor, action, subject or details containing the text. */
    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN})
    public Page search(String actorOrSubject, int page, int size) {
        return search(AuditQuery.all().withText(actorOrSubject), page, size);
    }

    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN})
    public Page search(AuditQuery query, int page, int size) {
        var where = new Where(query);
        TypedQuery<AuditEvent> items = em.createQuery("select e from AuditEvent e" + where.clause + " order by "
                + order(query), AuditEvent.class);
        TypedQuery<Long> count = em.createQuery("select count(e) from AuditEvent e" + where.clause, Long.class);
        where.bind(items);
        where.bind(count);
        return new Page(items.setFirstResult(page * size).setMaxResults(size).getResultList(), page, size,
                count.getSingleResult());
    }

    /** Every action recorded so far, for the filter: the UI names each in the user's language. */
    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN})
    public List<String> actions() {
        return em.createQuery("select distinct e.action from AuditEvent e order by e.action", String.class)
                .getResultList();
    }

    /**
     * The records a query finds, at most {@code limit}, for an export; the export itself is recorded
     * (who took what out of the log), in this transaction.
     */
    @Transactional
    @RequiresRole({Roles.AUDITOR, Roles.ADMIN})
    public List<AuditEvent> export(AuditQuery query, String format, int limit) {
        var found = search(query, 0, limit).items();
        record("exported audit log", "audit", found.size() + " records as " + format + describe(query));
        return found;
    }

    private static String describe(AuditQuery q) {
        StringBuilder text = new StringBuilder();
        if (q.from() != null) text.append(", from ").append(q.from());
        if (q.to() != null) text.append(", to ").append(q.to());
        if (q.actor() != null) text.append(", actor ").append(q.actor());
        if (q.role() != null) text.append(", role ").append(q.role());
        if (!q.actions().isEmpty()) text.append(", actions ").append(new java.util.TreeSet<>(q.actions()));
        if (q.subject() != null) text.append(", subject ").append(q.subject());
        if (q.text() != null) text.append(", text ").append(q.text());
        return text.toString();
    }

    private static String order(AuditQuery q) {
        String direction = q.ascending() ? " asc" : " desc";
        return switch (q.sort()) {
            case TIME -> "e.id" + direction;
            case ACTOR -> "e.actor" + direction + ", e.id desc";
            case ACTION -> "e.action" + direction + ", e.id desc";
            case SUBJECT -> "e.subject" + direction + ", e.id desc";
        };
    }

    /** The query's conditions, each bound as a parameter; text is matched case-blind, without wildcards of the caller's. */
    private static final class Where {
        final String clause;
        private final java.util.Map<String, Object> parameters = new java.util.LinkedHashMap<>();

        Where(AuditQuery q) {
            List<String> conditions = new java.util.ArrayList<>();
            if (q.from() != null) {
                conditions.add("e.occurredAt >= :from");
                parameters.put("from", q.from());
            }
            if (q.to() != null) {
                conditions.add("e.occurredAt < :to");
                parameters.put("to", q.to());
            }
            if (present(q.actor())) {
                conditions.add("lower(e.actor) like :actor");
                parameters.put("actor", like(q.actor()));
            }
            if (present(q.role())) {
                conditions.add("lower(e.actorRoles) like :role");
                parameters.put("role", like(q.role()));
            }
            if (!q.actions().isEmpty()) {
                conditions.add("e.action in :actions");
                parameters.put("actions", List.copyOf(q.actions()));
            }
            if (present(q.subject())) {
                conditions.add("lower(e.subject) like :subject");
                parameters.put("subject", like(q.subject()));
            }
            if (present(q.text())) {
                conditions.add("(lower(e.actor) like :text or lower(e.subject) like :text or lower(e.action) like :text"
                        + " or lower(e.details) like :text)");
                parameters.put("text", like(q.text()));
            }
            clause = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        void bind(TypedQuery<?> query) {
            parameters.forEach(query::setParameter);
        }

        private static boolean present(String text) {
            return text != null && !text.isBlank();
        }

        private static String like(String text) {
            return "%" + text.strip().toLowerCase(java.util.Locale.ROOT).replace("%", "").replace("_", "") + "%";
        }
    }
}
