package io.jifen.imports;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** A row of a file that was not applied: where it is, what it was, and why. */
@Entity
@Table(name = "import_reject")
@IdClass(ImportReject.Key.class)
public class ImportReject {
    public static final int REASON_MAX = 500;

    @Id
    @Column(name = "file_id", length = 40)
    private String fileId;
    @Id
    @Column(name = "line_no")
    private long lineNo;
    /** The row's own id (a transaction's sourceTxnId), when it could be read. */
    @Column(name = "reference", length = 64)
    private String reference;
    @Column(name = "field", length = 64)
    private String field;
    @Column(name = "reason", nullable = false, length = REASON_MAX)
    private String reason;

    protected ImportReject() {
    }

    public ImportReject(String fileId, long lineNo, String reference, String field, String reason) {
        this.fileId = Objects.requireNonNull(fileId);
        this.lineNo = lineNo;
        this.reference = reference == null || reference.length() > 64 ? null : reference;
        this.field = field == null || field.length() > 64 ? null : field;
        this.reason = reason.length() <= REASON_MAX ? reason : reason.substring(0, REASON_MAX - 1) + "…";
    }

    public String fileId() { return fileId; }
    public long lineNo() { return lineNo; }
    public String reference() { return reference; }
    public String field() { return field; }
    public String reason() { return reason; }

    public record Key(String fileId, long lineNo) implements Serializable {
        public Key() {
            this(null, 0);
        }
    }
}
