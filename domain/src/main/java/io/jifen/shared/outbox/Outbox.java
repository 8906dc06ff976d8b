package io.jifen.shared.outbox;

import io.jifen.shared.persistence.SequenceBlocks;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Records events in the caller's transaction; they are committed, or rolled back, with the change.
 * Publishing reads them afterwards: {@link #unpublished} finds what nobody has taken yet and
 * {@link #markPublished} lets exactly one taker have each event, on any number of servers.
 */
@ApplicationScoped
public class Outbox {
    /** The sequence event ids are drawn from: their order is the order events are published in. */
    public static final String SEQUENCE = "outbox_event_seq";

    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    Clock clock;
    @Inject
    SequenceBlocks sequences;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String aggregateId, String customerId, JsonObject payload) {
        var event = new OutboxEvent(type, aggregateId, customerId, payload.toString(), clock.instant());
        sequences.take(SEQUENCE).ifPresent(event::numberAs);
        em.persist(event);
    }

    /** Events about one customer or aggregate, oldest first (for staff views and tests). */
    @Transactional
    public List<OutboxEvent> eventsFor(String aggregateId) {
        return em.createQuery("select e from OutboxEvent e where e.aggregateId = :id order by e.id", OutboxEvent.class)
                .setParameter("id", aggregateId).getResultList();
    }

    /** Committed events not yet published, in the order they were written. */
    @Transactional(Transactional.TxType.MANDATORY)
    public List<OutboxEvent> unpublished(int limit) {
        return em.createQuery("select e from OutboxEvent e where e.publishedAt is null order by e.id", OutboxEvent.class)
                .setMaxResults(limit).getResultList();
    }

    /**
     * Takes an event for publishing in the caller's transaction: a guarded update that only the
     * first taker gets to make (a second one waits for the first's commit and then finds it done).
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public boolean markPublished(long eventId, Instant at) {
        return em.createQuery("update OutboxEvent e set e.publishedAt = :at where e.id = :id and e.publishedAt is null")
                .setParameter("at", at).setParameter("id", eventId).executeUpdate() == 1;
    }

    /**
     * Takes many events at once that nobody is to hear of: one statement instead of one per event.
     * Guarded like {@link #markPublished(long, Instant)}, so an event another server took stays its.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public int markPublished(java.util.Collection<Long> eventIds, Instant at) {
        if (eventIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("update OutboxEvent e set e.publishedAt = :at where e.id in :ids and e.publishedAt is null")
                .setParameter("at", at).setParameter("ids", eventIds).executeUpdate();
    }

    @Transactional(Transactional.TxType.SUPPORTS)
    public Optional<OutboxEvent> find(long id) {
        return Optional.ofNullable(em.find(OutboxEvent.class, id));
    }
}
