package io.jifen.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A storefront the bank let in: only a token naming an ACTIVE registered partner may act as one.
 * Its id is what the token's {@code partner} claim carries and what its orders are stored under.
 */
@Entity
@Table(name = "partner")
public class Partner {
    @Id
    @Column(name = "id", length = 64)
    private String id;
    @Column(name = "name", nullable = false, length = 100)
    private String name;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 16)
    private RegistrationStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_scope", nullable = false, length = 16)
    private CustomerScope customerScope;
    @Column(name = "rate_limit_per_second", nullable = false)
    private int rateLimitPerSecond;
    @Column(name = "burst", nullable = false)
    private int burst;
    @Column(name = "registered_at", nullable = false)
    private Instant registeredAt;
    @Column(name = "registered_by", nullable = false, length = 100)
    private String registeredBy;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "updated_by", nullable = false, length = 100)
    private String updatedBy;

    protected Partner() {
    }

    public Partner(String id, PartnerTerms terms, Instant now, String by) {
        this.id = RegistryIds.require("partnerId", id);
        this.registeredAt = now;
        this.registeredBy = by;
        replaceTerms(terms, now, by);
    }

    /** A PUT of the whole registration: name, status, scope and limits, all at once. */
    public void replaceTerms(PartnerTerms terms, Instant now, String by) {
        this.name = terms.name();
        this.status = terms.status();
        this.customerScope = terms.scope();
        this.rateLimitPerSecond = terms.limits().perSecond();
        this.burst = terms.limits().burst();
        this.updatedAt = now;
        this.updatedBy = by;
    }

    public PartnerProfile profile() {
        return new PartnerProfile(id, name, status, customerScope, limits());
    }

    public RateLimits limits() {
        return new RateLimits(rateLimitPerSecond, burst);
    }

    public String id() { return id; }
    public String name() { return name; }
    public RegistrationStatus status() { return status; }
    public CustomerScope customerScope() { return customerScope; }
    public Instant registeredAt() { return registeredAt; }
    public String registeredBy() { return registeredBy; }
    public Instant updatedAt() { return updatedAt; }
    public String updatedBy() { return updatedBy; }
}
