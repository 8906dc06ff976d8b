package io.jifen.imports;

import io.jifen.points.AccrualRequest;

/** A row of a transactions file, read by the rules of the accrual API: an accrual, or a reversal of an earlier transaction. */
public sealed interface TransactionRow extends ImportRow {
    record Accrual(long line, AccrualRequest request) implements TransactionRow {
        @Override
        public String customerKey() {
            return request.customerId().value();
        }
    }

    record Reversal(long line, String sourceTxnId, String customerKey) implements TransactionRow {
    }
}
