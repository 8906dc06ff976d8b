package io.jifen.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * A file core banking sent, claimed once by its SHA-256. Its row counters are moved by the
 * import job in the transaction of each checkpoint (never by loading and saving this entity, so
 * partitions running side by side add up), and say how far the job got.
 */
@Entity
@Table(name = "import_file")
public class ImportFile {
    public static final int MESSAGE_MAX = 1000;

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;
    @Enumerated(EnumType.STRING)
    @Column(name = "kind", nullable = false, length = 20)
    private ImportKind kind;
    @Column(name = "name", nullable = false)
    private String name;
    @Column(name = "size_bytes", nullable = false)
    private long sizeBytes;
    /** Where the server that received it keeps it. */
    @Column(name = "stored_at", nullable = false, length = 1000)
    private String storedAt;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private ImportStatus status;
    @Column(name = "message", length = MESSAGE_MAX)
    private String message;
    /** Above this share of refused rows the job stops for a person to decide. */
    @Column(name = "reject_share", nullable = false, precision = 5, scale = 4)
    private BigDecimal rejectShare;
    @Column(name = "rows_total")
    private Long rowsTotal;
    @Column(name = "rows_done", nullable = false)
    private long rowsDone;
    @Column(name = "rows_applied", nullable = false)
    private long rowsApplied;
    /** Rows whose transaction was applied before (by the API, an earlier file, or before a restart). */
    @Column(name = "rows_already", nullable = false)
    private long rowsAlready;
    @Column(name = "rows_rejected", nullable = false)
    private long rowsRejected;
    @Column(name = "job_execution")
    private Long jobExecution;
    @Column(name = "received_by", nullable = false, length = 100)
    private String receivedBy;
    @Column(name = "received_at", nullable = false)
    private Instant receivedAt;
    @Column(name = "approved_by", length = 100)
    private String approvedBy;
    @Column(name = "started_at")
    private Instant startedAt;
    @Column(name = "finished_at")
    private Instant finishedAt;

    protected ImportFile() {
    }

    public ImportFile(String sha256, ImportKind kind, String name, long sizeBytes, String storedAt, BigDecimal rejectShare,
                      String receivedBy, Instant receivedAt) {
        this.id = "F-" + HexFormat.of().toHexDigits(ThreadLocalRandom.current().nextLong());
        this.sha256 = Objects.requireNonNull(sha256);
        this.kind = Objects.requireNonNull(kind);
        this.name = Objects.requireNonNull(name);
        this.sizeBytes = sizeBytes;
        this.storedAt = Objects.requireNonNull(storedAt);
        this.rejectShare = Objects.requireNonNull(rejectShare);
        this.receivedBy = Objects.requireNonNull(receivedBy);
        this.receivedAt = Objects.requireNonNull(receivedAt);
        this.status = ImportStatus.RECEIVED;
    }

    /** A file a person uploaded: it waits for a second person before anything of it is applied. */
    public static ImportFile awaitingApproval(String sha256, ImportKind kind, String name, long sizeBytes,
                                              String storedAt, BigDecimal rejectShare, String receivedBy,
                                              Instant receivedAt) {
        var file = new ImportFile(sha256, kind, name, sizeBytes, storedAt, rejectShare, receivedBy, receivedAt);
        file.status = ImportStatus.AWAITING_APPROVAL;
        return file;
    }

    /** A second person lets the file be applied; the one who uploaded it may not. */
    public void approve(String by) {
        requireAwaitingApproval("approved");
        if (io.jifen.shared.security.StaffIdentity.samePerson(by, receivedBy)) {
            throw new FileFourEyesException(id, by);
        }
        approvedBy = by;
        status = ImportStatus.RECEIVED;
    }

    /** Turned down (by the second person, or withdrawn by the one who uploaded it): nothing was applied. */
    public void reject(String by, String reason, Instant now) {
        requireAwaitingApproval("rejected");
        end(ImportStatus.ABANDONED, "rejected by " + by + ": " + reason, now);
    }

    private void requireAwaitingApproval(String action) {
        if (status != ImportStatus.AWAITING_APPROVAL) {
            throw new ImportNotRestartableException(this, action);
        }
    }

    public static class FileFourEyesException extends io.jifen.shared.FourEyesRefusal {
        FileFourEyesException(String fileId, String actor) {
            super(io.jifen.shared.Message.of("fourEyes.file", actor, fileId));
        }
    }

    /** A job execution took the file up: the first, or a restart going on from its last checkpoint. */
    public void began(long execution, Instant now) {
        if (jobExecution != null && jobExecution == execution) {
            return; // told already (the job's listener and the starter both tell it); the job may be further on
        }
        this.jobExecution = execution;
        this.status = rowsTotal == null ? ImportStatus.RECEIVED : ImportStatus.RUNNING;
        this.message = null;
        this.finishedAt = null;
        if (startedAt == null) {
            startedAt = now;
        }
    }

    public void checking() {
        status = ImportStatus.CHECKING;
    }

    /** The whole file passed its check: this many rows will be applied. */
    public void checked(long rows) {
        rowsTotal = rows;
        status = ImportStatus.RUNNING;
    }

    public void refuse(String why, Instant now) {
        end(ImportStatus.REFUSED, why, now);
    }

    public void complete(Instant now) {
        end(ImportStatus.COMPLETED, null, now);
    }

    /**
     * Too many rows were refused: the job is failing its step now, and once it has ended the file
     * stops for a person (see {@link #isHeldForReview()}). Until then it is still running, so a
     * restart waits for the job to be over.
     */
    public void holdForReview(String why) {
        message = shortened(why);
    }

    /** Running, with a reason to stop given by its own job: it ends stopped, not failed. */
    public boolean isHeldForReview() {
        return status == ImportStatus.RUNNING && message != null;
    }

    public void stop(String why) {
        status = ImportStatus.STOPPED;
        message = shortened(why);
    }

    public void fail(String why) {
        status = ImportStatus.FAILED;
        message = shortened(why);
    }

    public void abandon(String by, Instant now) {
        end(ImportStatus.ABANDONED, "abandoned by " + by, now);
    }

    /** Whether this many refused rows pass the share this file may have refused. */
    public boolean tooManyRejected(long rejected) {
        return rowsTotal != null && rowsTotal > 0
                && BigDecimal.valueOf(rejected).compareTo(rejectShare.multiply(BigDecimal.valueOf(rowsTotal))) > 0;
    }

    /** A person decided to go on with a file that passed its share of refused rows. */
    public void acceptAnyRejects() {
        rejectShare = BigDecimal.ONE;
    }

    private void end(ImportStatus ended, String why, Instant now) {
        status = ended;
        message = shortened(why);
        finishedAt = now;
    }

    private static String shortened(String text) {
        return text == null || text.length() <= MESSAGE_MAX ? text : text.substring(0, MESSAGE_MAX - 1) + "…";
    }

    /** Rows applied per second since the job started, or 0 before there is anything to divide. */
    public double rowsPerSecond(Instant now) {
        if (startedAt == null || rowsDone == 0) {
            return 0;
        }
        long millis = Duration.between(startedAt, finishedAt == null ? now : finishedAt).toMillis();
        return millis <= 0 ? 0 : rowsDone * 1000.0 / millis;
    }

    /** How long the rest should take at the rate so far; empty when it cannot be told. */
    public Optional<Duration> timeLeft(Instant now) {
        double rate = rowsPerSecond(now);
        if (status != ImportStatus.RUNNING || rowsTotal == null || rate <= 0) {
            return Optional.empty();
        }
        return Optional.of(Duration.ofMillis((long) ((rowsTotal - rowsDone) * 1000 / rate)));
    }

    public String id() { return id; }
    public String sha256() { return sha256; }
    public ImportKind kind() { return kind; }
    public String name() { return name; }
    public long sizeBytes() { return sizeBytes; }
    public String storedAt() { return storedAt; }
    public ImportStatus status() { return status; }
    public String message() { return message; }
    public BigDecimal rejectShare() { return rejectShare; }
    public Long rowsTotal() { return rowsTotal; }
    public long rowsDone() { return rowsDone; }
    public long rowsApplied() { return rowsApplied; }
    public long rowsAlready() { return rowsAlready; }
    public long rowsRejected() { return rowsRejected; }
    public Long jobExecution() { return jobExecution; }
    public String receivedBy() { return receivedBy; }
    public Instant receivedAt() { return receivedAt; }
    public Instant startedAt() { return startedAt; }
    public String approvedBy() { return approvedBy; }
    public Instant finishedAt() { return finishedAt; }
}
