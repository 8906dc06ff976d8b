package io.jifen.points;

import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/**
 * One stored line of an accrual's breakdown. An entity of its own rather than an element
 * collection: the provider then writes a batch's lines together, in JDBC batches, after the
 * accruals, instead of alternating one accrual and its lines, which breaks every batch.
 */
@Entity
@Table(name = "accrual_line")
@IdClass(AccrualLine.Key.class)
class AccrualLine {
    @Id
    @ManyToOne
    @JoinColumn(name = "source_txn_id")
    private Accrual accrual;
    @Id
    @Column(name = "line_no")
    private int lineNo;
    /** The accrual's customer, so the row lives with the customer's other rows when sharded by customer. */
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Embedded
    private EarningLine line;

    protected AccrualLine() {
    }

    AccrualLine(Accrual accrual, int lineNo, EarningLine line) {
        this.accrual = accrual;
        this.lineNo = lineNo;
        this.customerId = accrual.customerId().value();
        this.line = line;
    }

    EarningLine line() {
        return line;
    }

    /** The line's identity: its accrual's source transaction id and its place in the breakdown. */
    public static class Key implements Serializable {
        private String accrual;
        private int lineNo;

        public Key() {
        }

        @Override
        public boolean equals(Object o) {
            return o instanceof Key other && lineNo == other.lineNo && Objects.equals(accrual, other.accrual);
        }

        @Override
        public int hashCode() {
            return Objects.hash(accrual, lineNo);
        }
    }
}
