package io.jifen.partners;

import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;

/**
 * What partners and carriers share as entries of the bank's registry: an id compared exactly as
 * written, a name, ACTIVE or SUSPENDED, and who registered and last replaced it when. Each kind
 * adds its own terms and replaces them all at once.
 */
@MappedSuperclass
public abstract class Registration {
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

    protected Registration() {
    }

    /** Registers the id ({@code idField} names it in a refusal); the subclass then states its terms. */
    protected Registration(String idField, String id, Instant now, String by) {
        this.id = RegistryIds.require(idField, id);
        this.registeredAt = now;
        this.registeredBy = by;
    }

    /** States the name and status anew, as a replacement by {@code by} at {@code now}. */
    protected final void restate(String name, RegistrationStatus status, Instant now, String by) {
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

    public String id() { return id; }
    public String name() { return name; }
    public RegistrationStatus status() { return status; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
