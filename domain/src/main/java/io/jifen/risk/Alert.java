package io.jifen.risk;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.UUID;

/**
 * What a rule noticed about one customer: the evidence, how serious, and where the investigation
 * stands. While it is open, the same rule does not raise another for the same customer (a unique
 * key on rule and customer while open), so a pattern fires once, however often it repeats.
 */
@Entity
@Table(name = "risk_alert")
public class Alert {
    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", nullable = false, length = 32)
    private AlertRule rule;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 8)
    private Severity severity;
    @Enumerated(EnumType.STRING)
    @Column(name = "subject_kind", nullable = false, length = 16)
    private AlertSubject subjectKind;
    @Column(name = "subject_id", nullable = false, length = 100)
    private String subjectId;
    @Column(name = "evidence", nullable = false, length = 2000)
    private String evidence;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private AlertStatus status;
    @Column(name = "holds", nullable = false)
    private boolean holds;
    @Column(name = "raised_at", nullable = false)
    private Instant raisedAt;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "handled_by", length = 100)
    private String handledBy;
    @Column(name = "note", length = 500)
    private String note;
    /** rule/subject while the alert is open, null once closed: the unique key that makes a pattern fire once. */
    @Column(name = "open_key", length = 140)
    private String openKey;
    @Version
    @Column(name = "version", nullable = false)
    private long version;

    protected Alert() {
    }

    public Alert(AlertRuleSetting setting, String customerId, String evidence, Instant at) {
        this(setting, AlertSubject.CUSTOMER, customerId, evidence, at);
    }

    public Alert(AlertRuleSetting setting, AlertSubject kind, String subjectId, String evidence, Instant at) {
        this.id = "AL-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
        this.rule = setting.rule();
        this.severity = setting.severity();
        this.subjectKind = kind;
        this.subjectId = subjectId;
        this.evidence = evidence.length() <= 2000 ? evidence : evidence.substring(0, 1997) + "...";
        this.status = AlertStatus.OPEN;
        // only a customer's redemptions can be held
        this.holds = setting.placesHold() && kind == AlertSubject.CUSTOMER;
        this.raisedAt = at;
        this.updatedAt = at;
        this.openKey = openKey(rule, kind, subjectId);
    }

    public static String openKey(AlertRule rule, AlertSubject kind, String subjectId) {
        return rule.name() + "/" + kind.name() + ":" + subjectId;
    }

    public void investigate(String by, Instant at) {
        requireOpen("taken into investigation");
        status = AlertStatus.INVESTIGATING;
        handledBy = by;
        updatedAt = at;
    }

    /** Closed as fraud or not, with the finding; the hold, if any, ends with it. */
    public void close(boolean fraud, String by, String finding, Instant at) {
        requireOpen("closed");
        status = fraud ? AlertStatus.CLOSED_FRAUD : AlertStatus.CLOSED_NOT_FRAUD;
        handledBy = by;
        note = finding;
        updatedAt = at;
        openKey = null;
    }

    /** Risk staff hold the customer's redemptions while they look (any severity). */
    public void hold(String by, Instant at) {
        requireOpen("made to hold redemptions");
        if (subjectKind != AlertSubject.CUSTOMER) {
            throw new AlertClosedException(id, status, "made to hold redemptions: it is about a " + subjectKind.name().toLowerCase());
        }
        holds = true;
        handledBy = by;
        updatedAt = at;
    }

    private void requireOpen(String action) {
        if (status.isClosed()) {
            throw new AlertClosedException(id, status, action);
        }
    }

    public static class AlertClosedException extends DomainException {
        AlertClosedException(String id, AlertStatus status, String action) {
            super(ErrorCode.INVALID_STATE, Message.of("alert.invalidStep", id, status, action));
        }
    }

    public String id() { return id; }
    public AlertRule rule() { return rule; }
    public Severity severity() { return severity; }
    /** The customer it is about; null for an alert about a partner. */
    public String customerId() { return subjectKind == AlertSubject.CUSTOMER ? subjectId : null; }
    public AlertSubject subjectKind() { return subjectKind; }
    public String subjectId() { return subjectId; }
    public String evidence() { return evidence; }
    public AlertStatus status() { return status; }
    public boolean holds() { return holds && !status.isClosed(); }
    public Instant raisedAt() { return raisedAt; }
    public Instant updatedAt() { return updatedAt; }
    public String handledBy() { return handledBy; }
    public String note() { return note; }
}
