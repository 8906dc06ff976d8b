package io.jifen.partners;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A courier company the bank ships with. Orders are shipped naming its id, and only a token whose
 * {@code carrier} claim names it may report on those shipments.
 */
@Entity
@Table(name = "carrier")
public class Carrier extends Registration {
    protected Carrier() {
    }

    public Carrier(String id, String name, RegistrationStatus status, Instant now, String by) {
        super("carrierId", id, now, by);
        replace(name, status, now, by);
    }

    public void replace(String name, RegistrationStatus status, Instant now, String by) {
        restate(name, status, now, by);
    }

    /** A shipment may leave only with a carrier that is still let in. */
    public void requireActive() {
        if (!isActive()) {
            throw new CarrierSuspendedException(id());
        }
    }
}
