package io.jifen.imports.application;

import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportNotRestartableException;
import io.jifen.imports.ImportRepository;
import io.jifen.imports.UnknownImportFileException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;

/** The short transactions around a file's job: its claim, and the state a person's decision leaves it in. */
@ApplicationScoped
@Transactional(Transactional.TxType.REQUIRES_NEW)
public class ImportClaims {
    @Inject
    ImportRepository files;
    @Inject
    Clock clock;

    /** Commits the file's row, or fails on the unique SHA-256 when another claim got there first. */
    public void claim(ImportFile file) {
        files.claim(file);
    }

    public Optional<ImportFile> claimedAs(String sha256) {
        return files.findBySha256(sha256);
    }

    /** Ready for a restart: held or failed; a person going on despite the refused rows lifts the share. */
    public ImportFile readyToRestart(String fileId, boolean acceptRejects) {
        var file = files.lock(fileId);
        if (!file.status().isRestartable() || file.jobExecution() == null) {
            throw new ImportNotRestartableException(file, "restarted");
        }
        if (acceptRejects) {
            file.acceptAnyRejects();
        }
        return file;
    }

    /** The file follows this job execution (its listener says the same when the job begins, whichever is first). */
    public ImportFile began(String fileId, long execution) {
        var file = files.lock(fileId);
        file.began(execution, clock.instant());
        return file;
    }

    public ImportFile approve(String fileId, String by) {
        var file = files.lock(fileId);
        file.approve(by);
        return file;
    }

    public ImportFile reject(String fileId, String by, String reason) {
        var file = files.lock(fileId);
        file.reject(by, reason, clock.instant());
        return file;
    }

    public ImportFile abandon(String fileId, String by) {
        var file = files.lock(fileId);
        if (!file.status().isRestartable()) {
            throw new ImportNotRestartableException(file, "abandoned");
        }
        file.abandon(by, clock.instant());
        return file;
    }

    public ImportFile find(String fileId) {
        return files.find(fileId).orElseThrow(() -> new UnknownImportFileException(fileId));
    }
}
