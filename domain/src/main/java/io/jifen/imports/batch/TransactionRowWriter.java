package io.jifen.imports.batch;

import io.jifen.imports.ImportReject;
import io.jifen.imports.TransactionRow;
import io.jifen.imports.UnreadableRow;
import io.jifen.points.application.AccrualService.BatchItem;
import io.jifen.points.application.BalanceAnnouncements;
import io.jifen.points.application.BulkAccruals;
import io.jifen.shared.CustomerId;
import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;

/**
 * Applies a chunk of a transactions file through the bulk accrual path the API uses (one database
 * transaction for the chunk's accruals, each answered as the single call would be). Should the
 * server die after the chunk's writes but before its checkpoint, they roll back together; a
 * transaction applied before (by the API, an earlier file) is counted as such: nothing is applied
 * twice. The entries' own {@code points.changed} events are left out: the customers touched are
 * kept with the checkpoint, and the {@code announce} step tells partners once per customer.
 */
@Dependent
@Named("transactionRowWriter")
public class TransactionRowWriter extends ImportWriter {
    @Inject
    BulkAccruals bulk;

    @Override
    ChunkOutcome apply(List<Object> items) {
        var outcome = new ChunkOutcome();
        List<TransactionRow.Accrual> accruals = new ArrayList<>();
        List<TransactionRow.Reversal> reversals = new ArrayList<>();
        for (Object item : items) {
            switch (item) {
                case TransactionRow.Accrual accrual -> accruals.add(accrual);
                case TransactionRow.Reversal reversal -> reversals.add(reversal);
                case UnreadableRow bad -> outcome.reject(new ImportReject(fileId(), bad.line(), bad.reference(), bad.field(), bad.reason()));
                default -> throw new IllegalStateException("not a row of a transactions file: " + item);
            }
        }
        // partners hear of the file's changes once per customer when it is done, not once per row
        List<BatchItem> accrued = BalanceAnnouncements.later(
                () -> bulk.accrue(accruals.stream().map(TransactionRow.Accrual::request).toList()));
        for (int i = 0; i < accrued.size(); i++) {
            var row = accruals.get(i);
            count(outcome, row.line(), row.request().sourceTxnId(), row.customerKey(), accrued.get(i));
        }
        List<BatchItem> reversed = BalanceAnnouncements.later(() -> bulk.reverseEach(reversals.stream()
                .map(r -> new BulkAccruals.Reversal(r.sourceTxnId(), new CustomerId(r.customerKey()))).toList()));
        for (int i = 0; i < reversed.size(); i++) {
            var row = reversals.get(i);
            count(outcome, row.line(), row.sourceTxnId(), row.customerKey(), reversed.get(i));
        }
        return outcome;
    }

    private void count(ChunkOutcome outcome, long line, String sourceTxnId, String customer, BatchItem answer) {
        if (answer.refusal() != null) {
            DomainException refusal = answer.refusal();
            String field = refusal instanceof InvalidRequestException invalid ? invalid.field() : null;
            outcome.reject(new ImportReject(fileId(), line, sourceTxnId, field, refusal.code() + ": " + refusal.getMessage()));
        } else if (answer.outcome().created()) {
            outcome.applied(customer);
        } else {
            outcome.already(customer);
        }
    }
}
