package io.jifen.shared.outbox;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/** Records events in the caller's transaction; they are committed, or rolled back, with the change. */
@ApplicationScoped
public class Outbox {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    Clock clock;

    @Transactional(Transactional.TxType.MANDATORY)
    public void record(String type, String aggregateId, String customerId, JsonObject payload) {
        em.persist(new OutboxEvent(type, aggregateId, customerId, payload.toString(), clock.instant()));
    }

    /** Events about one customer or aggregate, oldest first (for staff views and tests). */
    @Transactional
    public List<OutboxEvent> eventsFor(String aggregateId) {
        return em.createQuery("select e from OutboxEvent e where e.aggregateId = :id order by e.id", OutboxEvent.class)
                .setParameter("id", aggregateId).getResultList();
    }
}
