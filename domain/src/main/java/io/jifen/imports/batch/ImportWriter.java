package io.jifen.imports.batch;

import io.jifen.imports.ImportFile;
import io.jifen.imports.application.ImportTracking;
import io.jifen.shared.security.Actor;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.Roles;
import jakarta.batch.api.BatchProperty;
import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.metrics.MetricRegistry;
import org.eclipse.microprofile.metrics.Tag;

/**
 * What every kind of file does with a chunk once its rows are applied: refused rows counted
 * against the file's share (the job stops for a person past it), then the chunk's outcome added
 * to the file in the chunk's own transaction, which commits with the checkpoint. Rows are applied
 * as core banking, whose files they are.
 */
public abstract class ImportWriter extends AbstractItemWriter {
    @Inject
    @BatchProperty(name = "fileId")
    String fileId;
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
    public final void writeItems(List<Object> items) {
        Actors.runAs(new Actor("file " + fileId, Set.of(Roles.CORE_BANKING)), () -> record(items.size(), apply(items)));
    }

    /** Applies the chunk's rows in the chunk's transaction, answering what became of each. */
    abstract ChunkOutcome apply(List<Object> items);

    private void record(int rows, ChunkOutcome outcome) {
        // judged before this chunk writes to the file's row: holding it takes the row in a transaction of its own
        long rejected = tracking.rejectedSoFar(fileId) + outcome.rejects.size();
        if (file.tooManyRejected(rejected)) {
            tracking.held(fileId, rejected);
            throw new TooManyRejectsException(fileId, rejected);
        }
        tracking.progress(fileId, rows, outcome.applied, outcome.already, outcome.rejects, outcome.touched);
        if (!outcome.levelMoves.isEmpty()) {
            tracking.levelMoves(fileId, outcome.levelMoves);
        }
        // for the operators' dashboards, as chunks are written (a chunk done again after a crash counts again)
        metrics.counter("jifen.import.rows", new Tag("outcome", "applied")).inc(outcome.applied);
        metrics.counter("jifen.import.rows", new Tag("outcome", "already")).inc(outcome.already);
        metrics.counter("jifen.import.rows", new Tag("outcome", "refused")).inc(outcome.rejects.size());
    }

    String fileId() {
        return fileId;
    }
}
