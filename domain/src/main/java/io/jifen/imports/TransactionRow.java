package io.jifen.imports;

import io.jifen.points.AccrualRequest;

/**
 * One row of a transactions file, read by the rules of the accrual API: an accrual, a reversal of
 * an earlier transaction, or a row that cannot be applied and says why. Each names the customer
 * it belongs to (as written, for a row that cannot be read), which decides its partition.
 */
public sealed interface TransactionRow {
    /** The row's number in the file, the header being 1. */
    long line();

    String customerKey();

    record Accrual(long line, AccrualRequest request) implements TransactionRow {
        @Override
        public String customerKey() {
            return request.customerId().value();
        }
    }

    record Reversal(long line, String sourceTxnId, String customerKey) implements TransactionRow {
    }

    record Unreadable(long line, String reference, String customerKey, String field, String reason) implements TransactionRow {
    }
}
