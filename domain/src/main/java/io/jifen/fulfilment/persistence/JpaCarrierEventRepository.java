package io.jifen.fulfilment.persistence;

import io.jifen.fulfilment.CarrierEvent;
import io.jifen.fulfilment.CarrierEventRepository;
import io.jifen.fulfilment.DuplicateCarrierEventException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.util.Optional;

@ApplicationScoped
public class JpaCarrierEventRepository implements CarrierEventRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;

    @Override
    public Optional<CarrierEvent> find(String carrier, String eventId) {
        return Optional.ofNullable(em.find(CarrierEvent.class, new CarrierEvent.Key(carrier, eventId)));
    }

    @Override
    public void add(CarrierEvent event) {
        try {
            em.persist(event);
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
                    throw new DuplicateCarrierEventException(event.carrier(), event.eventId());
                }
            }
            throw e;
        }
    }
}
