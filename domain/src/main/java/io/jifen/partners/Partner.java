package io.jifen.partners;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A storefront the bank let in: only a token naming an ACTIVE registered partner may act as one.
 * Its id is what the token's {@code partner} claim carries and what its orders are stored under.
 */
@Entity
@Table(name = "partner")
public class Partner extends Registration {
    @Enumerated(EnumType.STRING)
    @Column(name = "customer_scope", nullable = false, length = 16)
    private CustomerScope customerScope;
    @Column(name = "rate_limit_per_second", nullable = false)
    private int rateLimitPerSecond;
    @Column(name = "burst", nullable = false)
    private int burst;

    protected Partner() {
    }

    public Partner(String id, PartnerTerms terms, Instant now, String by) {
        super("partnerId", id, now, by);
        replaceTerms(terms, now, by);
    }

    /** A PUT of the whole registration: name, status, scope and limits, all at once. */
    public void replaceTerms(PartnerTerms terms, Instant now, String by) {
        restate(terms.name(), terms.status(), now, by);
        this.customerScope = terms.scope();
        this.rateLimitPerSecond = terms.limits().perSecond();
        this.burst = terms.limits().burst();
    }

    public PartnerProfile profile() {
        return new PartnerProfile(id(), name(), status(), customerScope, limits());
    }

    public RateLimits limits() {
        return new RateLimits(rateLimitPerSecond, burst);
    }

    public CustomerScope customerScope() { return customerScope; }
}
