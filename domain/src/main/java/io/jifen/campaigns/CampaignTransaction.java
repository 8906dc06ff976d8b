package io.jifen.campaigns;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.Objects;

/**
 * A transaction a campaign counted (treated or held out) and what it awarded. Participants, their
 * cap and the results are tallied from these; a reversal marks one reversed.
 */
@Entity
@Table(name = "campaign_transaction")
@IdClass(CampaignTransaction.Key.class)
public class CampaignTransaction {
    /** The composite key (a class, not a record: JPA sets its fields). */
    public static class Key implements Serializable {
        private String campaignId;
        private String sourceTxnId;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key k && Objects.equals(campaignId, k.campaignId) && Objects.equals(sourceTxnId, k.sourceTxnId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(campaignId, sourceTxnId);
        }
    }

    @Id
    @Column(name = "campaign_id", length = 40)
    private String campaignId;
    @Id
    @Column(name = "source_txn_id", length = 64)
    private String sourceTxnId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "held_out", nullable = false)
    private boolean heldOut;
    @Column(name = "points", nullable = false)
    private long points;
    @Column(name = "amount", nullable = false, precision = 19, scale = 2)
    private BigDecimal amount;
    @Column(name = "reversed", nullable = false)
    private boolean reversed;

    protected CampaignTransaction() {
    }

    public CampaignTransaction(String campaignId, String sourceTxnId, String customerId, boolean heldOut, long points,
                               BigDecimal amount) {
        this.campaignId = campaignId;
        this.sourceTxnId = sourceTxnId;
        this.customerId = customerId;
        this.heldOut = heldOut;
        this.points = points;
        this.amount = amount;
    }

    /**
     * Undoes this transaction's part in the campaign, once however often the reversal is reported:
     * it leaves the participant's tally and its points return to the budget.
     */
    public boolean reverse(Campaign lockedCampaign) {
        if (reversed) {
            return false;
        }
        reversed = true;
        if (points > 0) {
            lockedCampaign.recordReturned(points);
        }
        return true;
    }

    public String campaignId() { return campaignId; }
    public String sourceTxnId() { return sourceTxnId; }
    public String customerId() { return customerId; }
    public boolean isHeldOut() { return heldOut; }
    public long points() { return points; }
    public BigDecimal amount() { return amount; }
    public boolean isReversed() { return reversed; }
}
