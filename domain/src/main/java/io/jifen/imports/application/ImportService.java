package io.jifen.imports.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.imports.FileLayout;
import io.jifen.imports.ImportFile;
import io.jifen.imports.ImportFileSort;
import io.jifen.imports.ImportKind;
import io.jifen.imports.ImportNotRestartableException;
import io.jifen.imports.ImportReject;
import io.jifen.imports.ImportRepository;
import io.jifen.imports.ImportStatus;
import io.jifen.imports.UnknownImportFileException;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionalException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Files from core banking, received through the API or the admin UI: streamed to disk and
 * hashed as they arrive (no size limit but the disk), claimed once by their SHA-256, and imported
 * by their kind's batch job. The same file sent again is answered with the first claim and
 * nothing is applied twice.
 */
@ApplicationScoped
@RequiresRole({Roles.ADMIN, Roles.CORE_BANKING})
public class ImportService {
    @Inject
    ImportRepository files;
    @Inject
    ImportClaims claims;
    @Inject
    ImportJobs jobs;
    @Inject
    ImportTracking tracking;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.batch.dir", defaultValue = "jifen-data/batch")
    String directory;
    @Inject
    @ConfigProperty(name = "jifen.batch.reject-share", defaultValue = "0.01")
    BigDecimal rejectShare;

    public record Received(ImportFile file, boolean created) {
    }

    public record FilePage(List<ImportFile> items, int page, int size, long total) implements Paged<ImportFile> {
    }

    /**
     * Stores, claims and starts importing a file; {@code maxRejectShare} (0 to 1, or null for the
     * configured default) is the share of refused rows above which its job stops for a person.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public Received receive(ImportKind kind, String name, InputStream content, BigDecimal maxRejectShare) {
        if (maxRejectShare != null && (maxRejectShare.signum() < 0 || maxRejectShare.compareTo(BigDecimal.ONE) > 0
                || maxRejectShare.scale() > 4)) {
            throw new InvalidRequestException("maxRejectShare", "must be a share from 0 to 1, like 0.01");
        }
        String by = Actors.current().name();
        Path stored;
        String sha256;
        long size;
        try {
            Path dir = Files.createDirectories(Path.of(directory));
            Path part = Files.createTempFile(dir, "receiving-", ".part");
            MessageDigest digest = FileLayout.newDigest();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part), digest)) {
                size = content.transferTo(out);
            } catch (IOException e) {
                Files.deleteIfExists(part);
                throw e;
            }
            sha256 = HexFormat.of().formatHex(digest.digest());
            stored = dir.resolve(sha256 + ".csv");
            // the same bytes under the same name: whichever copy stays is the file
            Files.move(part, stored, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("the file could not be stored", e);
        }
        var earlier = claims.claimedAs(sha256);
        if (earlier.isPresent()) {
            return new Received(earlier.get(), false);
        }
        // core banking's files are its business, like its single calls; a person's file is a mass
        // adjustment, and waits for a second person as a large manual adjustment does
        boolean fromCoreBanking = Actors.current().hasAnyRole(Roles.CORE_BANKING);
        var share = maxRejectShare == null ? rejectShare : maxRejectShare;
        var file = fromCoreBanking
                ? new ImportFile(sha256, kind, safeName(name), size, stored.toAbsolutePath().toString(), share, by,
                        clock.instant())
                : ImportFile.awaitingApproval(sha256, kind, safeName(name), size, stored.toAbsolutePath().toString(),
                        share, by, clock.instant());
        try {
            claims.claim(file);
        } catch (PersistenceException | TransactionalException lost) {
            // another server (or request) claimed the same bytes a moment before
            return new Received(claims.claimedAs(sha256).orElseThrow(() -> lost), false);
        }
        audit.record("received import file", "import:" + file.id(), kind + " " + file.name() + ", " + size + " bytes, SHA-256 "
                + sha256 + (fromCoreBanking ? "" : ", awaiting a second person"));
        return new Received(fromCoreBanking ? claims.began(file.id(), jobs.start(file)) : file, true);
    }

    /** A second person approves a file a person uploaded: its job starts. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @RequiresRole(Roles.ADMIN)
    public ImportFile approve(String fileId) {
        var file = claims.approve(fileId, Actors.current().name());
        audit.record("approved import file", "import:" + fileId, file.kind() + " " + file.name() + ", uploaded by "
                + file.receivedBy());
        return claims.began(fileId, jobs.start(file));
    }

    /** Turns down a file awaiting approval (or its uploader withdraws it); nothing of it is applied. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    @RequiresRole(Roles.ADMIN)
    public ImportFile reject(String fileId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "is required");
        }
        var file = claims.reject(fileId, Actors.current().name(), reason.strip());
        audit.record("rejected import file", "import:" + fileId, reason.strip());
        return file;
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportFile find(String fileId) {
        return reconciled(files.find(fileId).orElseThrow(() -> new UnknownImportFileException(fileId)));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public long count() {
        return files.count();
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FilePage list(int page, int size) {
        return list(Sorting.none(), page, size);
    }

    /** The files in the order staff chose by a column (newest first when none is). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public FilePage list(Sorting<ImportFileSort> sorting, int page, int size) {
        return new FilePage(files.files(sorting, page * size, size).stream().map(this::reconciled).toList(), page,
                size, files.count());
    }

    /** A file that looks under way but whose job ended without saying so (failed, or its server died) is told so. */
    private ImportFile reconciled(ImportFile file) {
        var status = file.status();
        if (file.jobExecution() == null
                || status != ImportStatus.RECEIVED && status != ImportStatus.CHECKING && status != ImportStatus.RUNNING) {
            return file;
        }
        BatchStatus job;
        try {
            job = jobs.status(file.jobExecution());
        } catch (NoSuchJobExecutionException e) {
            return file;
        }
        return switch (job) {
            case FAILED, STOPPED, ABANDONED, COMPLETED -> tracking.reconcile(file.id(), job);
            default -> file;
        };
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public List<ImportReject> rejects(String fileId, long afterLine, int limit) {
        return files.rejects(fileId, afterLine, limit);
    }

    /**
     * The file's error report: every refused row (line, reference, field, reason) as UTF-8 CSV with
     * a byte-order mark, so a spreadsheet opens the Chinese reasons right; read a page at a time,
     * however many rows were refused.
     */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public void writeRejects(String fileId, OutputStream out) throws IOException {
        find(fileId);
        var writer = new java.io.OutputStreamWriter(out, java.nio.charset.StandardCharsets.UTF_8);
        writer.write('\uFEFF');
        try (var printer = new org.apache.commons.csv.CSVPrinter(writer, org.apache.commons.csv.CSVFormat.DEFAULT.builder()
                .setHeader("line", "reference", "field", "reason").get())) {
            long after = 0;
            while (true) {
                var page = files.rejects(fileId, after, REJECTS_PAGE);
                for (ImportReject reject : page) {
                    printer.printRecord(reject.lineNo(), reject.reference() == null ? "" : reject.reference(),
                            reject.field() == null ? "" : reject.field(), reject.reason());
                    after = reject.lineNo();
                }
                if (page.size() < REJECTS_PAGE) {
                    break;
                }
            }
        }
    }

    private static final int REJECTS_PAGE = 1000;

    /** How a star-figures file moved customers' service levels so far (empty for other kinds). */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public io.jifen.imports.LevelReport levelReport(String fileId) {
        find(fileId);
        return io.jifen.imports.LevelReport.of(files.levelMoves(fileId));
    }

    /** Goes on from the last checkpoint; {@code acceptRejects}: a person read the refused rows and goes on anyway. */
    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportFile restart(String fileId, boolean acceptRejects) {
        find(fileId); // a job that ended without saying so has its say first
        var file = claims.readyToRestart(fileId, acceptRejects);
        audit.record("restarted import file", "import:" + fileId, acceptRejects ? "accepting the refused rows" : "");
        // under way again from here: the new execution is the one the file follows
        return claims.began(fileId, jobs.restart(file));
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportFile stop(String fileId) {
        var file = find(fileId);
        if (file.status() != ImportStatus.RUNNING && file.status() != ImportStatus.CHECKING || file.jobExecution() == null) {
            throw new ImportNotRestartableException(file, "stopped");
        }
        jobs.stop(file);
        audit.record("stopped import file", "import:" + fileId, "");
        return claims.find(fileId);
    }

    @Transactional(Transactional.TxType.NOT_SUPPORTED)
    public ImportFile abandon(String fileId) {
        find(fileId);
        var file = claims.abandon(fileId, Actors.current().name());
        jobs.abandon(file);
        audit.record("abandoned import file", "import:" + fileId, "");
        return file;
    }

    private static String safeName(String name) {
        if (name == null || name.isBlank()) {
            return "unnamed.csv";
        }
        String plain = name.replaceAll("[\\p{Cntrl}]", "").strip();
        return plain.length() <= 255 ? plain : plain.substring(0, 255);
    }
}
