package io.jifen.partners;

import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A courier company the bank ships with. Orders are shipped naming its id, and only a token whose
 * {@code carrier} claim names it may report on those shipments.
 */
@Entity
@Table(name = "carrier")
public class Carrier {
    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RegistrationStatus status;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Carrier() {
    }

    public Carrier(String id, String name, RegistrationStatus status, Instant now, String by) {
        this.id = RegistryIds.require("carrierId", id);
        this.registeredAt = now;
        this.registeredBy = by;
        replace(name, status, now, by);
    }

    public void replace(String name, RegistrationStatus status, Instant now, String by) {
        if (status == null) {
            throw new InvalidRequestException("status", "ACTIVE or SUSPENDED");
        }
        this.name = RegistryIds.requireName(name);
        this.status = status;
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public boolean isActive() {
        return status == RegistrationStatus.ACTIVE;
    }

    /** A shipment may leave only with a carrier that is still let in. */
    public void requireActive() {
        if (!isActive()) {
            throw new CarrierSuspendedException(id);
        }
    }

    public String id() { return id; }
    public String name() { return name; }
    public RegistrationStatus status() { return status; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
