package io.jifen.imports.batch;

import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportReject;
import io.jifen.imports.TransactionRow;
import io.jifen.imports.application.ImportTracking;
import io.jifen.points.application.AccrualService.BatchItem;
import io.jifen.points.application.BalanceAnnouncements;
import io.jifen.points.application.BulkAccruals;
import io.jifen.shared.CustomerId;
import io.jifen.shared.DomainException;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.Roles;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Applies a chunk of rows through the bulk accrual path the API uses (one database transaction
 * for the chunk's accruals, each answered as the single call would be), then adds the chunk's
 * outcome and refused rows to the file in the chunk's own transaction, which commits with the
 * checkpoint. Should the server die between the two, the restarted chunk finds its transactions
 * already applied (idempotent by sourceTxnId) and counts them so: nothing is applied twice. The
 * entries' own {@code points.changed} events are left out: the customers touched are kept with the
 * checkpoint, and the {@code announce} step tells partners once per customer.
 */
@Dependent
@Named("transactionRowWriter")
public class TransactionRowWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
    @Inject
    BulkAccruals bulk;
    @Inject
    ImportTracking tracking;
    @Inject
    MetricRegistry metrics;

    private ImportFile file;

    @Override
    public void open(Serializable checkpoint) {
        file = tracking.file(fileId);
    }

    @Override
    public void writeItems(List<Object> items) {
        Actors.runAs(new Actor("file " + fileId, Set.of(Roles.CORE_BANKING)), () -> write(items));
    }

    private void write(List<Object> items) {
        var outcome = new ChunkOutcome();
        List<TransactionRow.Accrual> accruals = new ArrayList<>();
        List<TransactionRow.Reversal> reversals = new ArrayList<>();
        for (Object item : items) {
            switch ((TransactionRow) item) {
                case TransactionRow.Accrual accrual -> accruals.add(accrual);
                case TransactionRow.Reversal reversal -> reversals.add(reversal);
                case TransactionRow.Unreadable bad -> outcome.rejects.add(new ImportReject(fileId, bad.line(),
                        bad.reference(), bad.field(), bad.reason()));
            }
        }
        // partners hear of the file's changes once per customer when it is done, not once per row
        List<BatchItem> accrued = BalanceAnnouncements.later(
                () -> bulk.accrue(accruals.stream().map(TransactionRow.Accrual::request).toList()));
        for (int i = 0; i < accrued.size(); i++) {
            var row = accruals.get(i);
            outcome.count(row.line(), row.request().sourceTxnId(), row.customerKey(), accrued.get(i));
        }
        List<BatchItem> reversed = BalanceAnnouncements.later(() -> bulk.reverseEach(reversals.stream()
                .map(r -> new BulkAccruals.Reversal(r.sourceTxnId(), new CustomerId(r.customerKey()))).toList()));
        for (int i = 0; i < reversed.size(); i++) {
            var row = reversals.get(i);
            outcome.count(row.line(), row.sourceTxnId(), row.customerKey(), reversed.get(i));
        }
        // judged before this chunk writes to the file's row: holding it takes the row in a transaction of its own
        long rejected = tracking.rejectedSoFar(fileId) + outcome.rejects.size();
        if (file.tooManyRejected(rejected)) {
            tracking.held(fileId, rejected);
            throw new TooManyRejectsException(fileId, rejected);
        }
        tracking.progress(fileId, items.size(), outcome.applied, outcome.already, outcome.rejects, outcome.touched);
        // for the operators' dashboards, as chunks are written (a chunk done again after a crash counts again)
        metrics.counter("jifen.import.rows", new Tag("outcome", "applied")).inc(outcome.applied);
        metrics.counter("jifen.import.rows", new Tag("outcome", "already")).inc(outcome.already);
        metrics.counter("jifen.import.rows", new Tag("outcome", "refused")).inc(outcome.rejects.size());
    }

    /** What a chunk's rows came to: applied now, applied before, or refused; and whose balances they touched. */
    private final class ChunkOutcome {
        final List<ImportReject> rejects = new ArrayList<>();
        final Set<String> touched = new TreeSet<>();
        long applied;
        long already;

        void count(long line, String sourceTxnId, String customer, BatchItem answer) {
            if (answer.refusal() != null) {
                rejects.add(rejectOf(line, sourceTxnId, answer.refusal()));
                return;
            }
            touched.add(customer);
            if (answer.outcome().created()) {
                applied++;
            } else {
                already++;
            }
        }
    }

    private ImportReject rejectOf(long line, String sourceTxnId, DomainException refusal) {
        String field = refusal instanceof InvalidRequestException invalid ? invalid.field() : null;
        return new ImportReject(fileId, line, sourceTxnId, field, refusal.code() + ": " + refusal.getMessage());
    }
}
