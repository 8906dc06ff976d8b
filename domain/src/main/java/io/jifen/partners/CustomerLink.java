package io.jifen.partners;

import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Objects;

/**
 * Core banking's record that a customer consented to be served by a LINKED partner (a third-party
 * mall); without it, that partner sees the customer as if it did not exist.
 */
@Entity
@Table(name = "partner_customer")
@IdClass(CustomerLink.Key.class)
public class CustomerLink {
    @Id
    @Column(name = "partner_id", length = 64)
    private String partnerId;
    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Column(name = "consented_at", nullable = false)
    private Instant consentedAt;
    @Column(name = "linked_at", nullable = false)
    private Instant linkedAt;
    @Column(name = "linked_by", nullable = false, length = 100)
    private String linkedBy;

    protected CustomerLink() {
    }

    public CustomerLink(String partnerId, String customerId, Instant consentedAt, Instant now, String by) {
        this.partnerId = partnerId;
        this.customerId = customerId;
        this.linkedAt = now;
        this.linkedBy = by;
        reconsent(consentedAt, now, by);
    }

    /** The customer consented (again): the link keeps the latest consent time. */
    public void reconsent(Instant consentedAt, Instant now, String by) {
        if (consentedAt == null) {
            throw new InvalidRequestException("consentedAt", "the customer's consent time is required");
        }
        if (consentedAt.isAfter(now.plusSeconds(300))) {
            throw new InvalidRequestException("consentedAt", "lies in the future");
        }
        this.consentedAt = consentedAt;
        this.linkedAt = now;
        this.linkedBy = by;
    }

    public String partnerId() { return partnerId; }
    public String customerId() { return customerId; }
    public Instant consentedAt() { return consentedAt; }
    public Instant linkedAt() { return linkedAt; }
    public String linkedBy() { return linkedBy; }

    /** The link's key: one partner, one customer. */
    public static class Key implements Serializable {
        private String partnerId;
        private String customerId;

        public Key() {
        }

        public Key(String partnerId, String customerId) {
            this.partnerId = partnerId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key key && key.partnerId.equals(partnerId) && key.customerId.equals(customerId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(partnerId, customerId);
        }
    }
}
