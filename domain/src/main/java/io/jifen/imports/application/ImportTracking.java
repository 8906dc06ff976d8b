package io.jifen.imports.application;

import io.jifen.imports.FileLayout;
import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportReject;
import io.jifen.imports.ImportRepository;
import io.jifen.imports.ImportStatus;
import io.jifen.imports.UnknownImportFileException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.List;

/**
 * What an import job tells its file as it goes: each step a short transaction of its own, except
 * a chunk's progress, which joins the chunk's transaction so it commits with the checkpoint.
 */
@ApplicationScoped
@Transactional
public class ImportTracking {
    @Inject
    ImportRepository files;
    @Inject
    Clock clock;

    public ImportFile file(String fileId) {
        return files.find(fileId).orElseThrow(() -> new UnknownImportFileException(fileId));
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void began(String fileId, long execution) {
        files.lock(fileId).began(execution, clock.instant());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checking(String fileId) {
        files.lock(fileId).checking();
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void checked(String fileId, FileLayout.Checked checked) {
        files.lock(fileId).checked(checked.rows());
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void refused(String fileId, String why) {
        files.lock(fileId).refuse(why, clock.instant());
    }

    /** Too many rows were refused: the job stops here (its step fails) for a person to decide. */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void held(String fileId, long rejected) {
        var file = files.lock(fileId);
        file.holdForReview(rejected + " of " + file.rowsTotal() + " rows refused, more than the "
                + file.rejectShare().movePointRight(2).stripTrailingZeros().toPlainString()
                + " % this file may have: read the refused rows, then go on accepting them, or abandon the file");
    }

    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public void completed(String fileId) {
        files.lock(fileId).complete(clock.instant());
    }

    /**
     * A file whose job ended without saying so (it failed, was stopped, or its server died and
     * Jakarta Batch marked the execution failed at restart) takes the job's word for it; a file
     * already refused, held, completed or abandoned keeps its own.
     */
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    public ImportFile reconcile(String fileId, jakarta.batch.runtime.BatchStatus job) {
        var file = files.lock(fileId);
        if (file.status() == ImportStatus.RECEIVED || file.status() == ImportStatus.CHECKING
                || file.status() == ImportStatus.RUNNING) {
            switch (job) {
                case FAILED -> {
                    if (file.isHeldForReview()) {
                        file.stop(file.message());
                    } else {
                        file.fail("the job failed (or its server stopped) at row " + file.rowsDone()
                                + ": a restart goes on from the last checkpoint");
                    }
                }
                case STOPPED -> file.stop("stopped at row " + file.rowsDone() + ": a restart goes on from the last checkpoint");
                case ABANDONED -> file.abandon("the batch operator", clock.instant());
                case COMPLETED -> file.complete(clock.instant());
                default -> {
                }
            }
        }
        return file;
    }

    /** A chunk's outcome, in the chunk's transaction, so it commits with the checkpoint. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void progress(String fileId, long done, long applied, long already, List<ImportReject> rejects,
                         java.util.Collection<String> customersTouched) {
        files.addProgress(fileId, done, applied, already, rejects, customersTouched);
    }

    /** A chunk's service-level moves, in the chunk's transaction. */
    @Transactional(Transactional.TxType.MANDATORY)
    public void levelMoves(String fileId, java.util.Map<io.jifen.imports.LevelMove, Long> moves) {
        files.addLevelMoves(fileId, moves);
    }

    public List<String> customersTouched(String fileId, String afterCustomer, int limit) {
        return files.customersTouched(fileId, afterCustomer, limit);
    }

    /** The rows refused so far, as committed (a plain read: it takes no lock). */
    public long rejectedSoFar(String fileId) {
        return files.rejectedSoFar(fileId);
    }
}
