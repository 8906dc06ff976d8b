package io.jifen.fulfilment;

import java.util.Optional;

public interface CarrierEventRepository {
    Optional<CarrierEvent> find(String carrier, String eventId);

    /** Writes the event at once: one already recorded under its key is refused here, not at commit. */
    void add(CarrierEvent event);
}
