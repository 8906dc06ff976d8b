package io.jifen.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.time.Instant;

/**
 * An eligible customer who transacted in a campaign's window, treated or held out, with their
 * activity there: the raw material of the campaign's results. Changed only under the customer's
 * account lock, so one customer's transactions never race on it.
 */
@Entity
@Table(name = "campaign_participant")
@IdClass(CampaignParticipant.Key.class)
public class CampaignParticipant {
    /** The composite key (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {
        private String campaignId;
        private String customerId;

        public Key() {
        }

        public Key(String campaignId, String customerId) {
            this.campaignId = campaignId;
            this.customerId = customerId;
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && java.util.Objects.equals(campaignId, k.campaignId)
                    && java.util.Objects.equals(customerId, k.customerId);
        }

        @Override
        public int hashCode() {
            return java.util.Objects.hash(campaignId, customerId);
        }
    }

    @Id
    @Column(name = "campaign_id", length = 40)
    private String campaignId;
    @Id
    @Column(name = "customer_id", length = 64)
    private String customerId;
    @Column(name = "held_out", nullable = false)
    private boolean heldOut;
    @Column(name = "points_awarded", nullable = false)
    private long pointsAwarded;
    @Column(name = "transactions", nullable = false)
    private long transactions;
    @Column(name = "amount", nullable = false, precision = 21, scale = 2)
    private BigDecimal amount;
    @Column(name = "first_at", nullable = false)
    private Instant firstAt;
    @Column(name = "last_at", nullable = false)
    private Instant lastAt;

    protected CampaignParticipant() {
    }

    public CampaignParticipant(String campaignId, String customerId, boolean heldOut, Instant at) {
        this.campaignId = campaignId;
        this.customerId = customerId;
        this.heldOut = heldOut;
        this.amount = BigDecimal.ZERO;
        this.firstAt = at;
        this.lastAt = at;
    }

    public void recordTransaction(BigDecimal txnAmount, long awarded, Instant at) {
        transactions++;
        amount = amount.add(txnAmount);
        pointsAwarded = Math.addExact(pointsAwarded, awarded);
        if (at.isBefore(firstAt)) {
            firstAt = at;
        }
        if (at.isAfter(lastAt)) {
            lastAt = at;
        }
    }

    /** A reversed transaction no longer counts, nor do the points it was awarded. */
    public void recordReversal(BigDecimal txnAmount, long awarded) {
        transactions--;
        amount = amount.subtract(txnAmount);
        pointsAwarded -= awarded;
    }

    public String campaignId() { return campaignId; }
    public String customerId() { return customerId; }
    public boolean isHeldOut() { return heldOut; }
    public long pointsAwarded() { return pointsAwarded; }
    public long transactions() { return transactions; }
    public BigDecimal amount() { return amount; }
}
