package io.jifen.risk;

import io.jifen.shared.Message;
import io.jifen.points.RecentRedemptions;
import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;

/** How one rule is set: on or off, how serious, its threshold and window, and whether it holds redemptions. */
@Entity
@Table(name = "alert_rule")
public class AlertRuleSetting {
    @Id
    @Enumerated(EnumType.STRING)
    @Column(name = "rule", length = 32)
    private AlertRule rule;
    @Column(name = "enabled", nullable = false)
    private boolean enabled;
    @Enumerated(EnumType.STRING)
    @Column(name = "severity", nullable = false, length = 8)
    private Severity severity;
    @Column(name = "threshold", nullable = false)
    private long threshold;
    @Column(name = "window_minutes", nullable = false)
    private int windowMinutes;
    @Column(name = "places_hold", nullable = false)
    private boolean placesHold;
    @Column(name = "updated_by", length = 100)
    private String updatedBy;
    @Column(name = "updated_at")
    private Instant updatedAt;

    protected AlertRuleSetting() {
    }

    public AlertRuleSetting(AlertRule rule, boolean enabled, Severity severity, long threshold, int windowMinutes,
                            boolean placesHold) {
        this.rule = rule;
        change(enabled, severity, threshold, windowMinutes, placesHold);
    }

    public final void change(boolean enabled, Severity severity, long threshold, int windowMinutes, boolean placesHold) {
        if (threshold < 2 || threshold > 1_000) {
            throw new InvalidRequestException("threshold", "must be between 2 and 1000");
        }
        if (windowMinutes < 1 || windowMinutes > 366 * 24 * 60) {
            throw new InvalidRequestException("windowMinutes", "must be between 1 minute and a year");
        }
        if (rule == AlertRule.REDEMPTION_BURST && threshold > RecentRedemptions.MOST) {
            throw new InvalidRequestException("threshold", Message.of("alertRule.thresholdTooHigh", String.valueOf(RecentRedemptions.MOST)));
        }
        if (placesHold && severity != Severity.HIGH) {
            throw new InvalidRequestException("placesHold", "only a HIGH alert holds a customer's redemptions");
        }
        this.enabled = enabled;
        this.severity = severity;
        this.threshold = threshold;
        this.windowMinutes = windowMinutes;
        this.placesHold = placesHold;
    }

    public void changedBy(String by, Instant at) {
        updatedBy = by;
        updatedAt = at;
    }

    public AlertRule rule() { return rule; }
    public boolean enabled() { return enabled; }
    public Severity severity() { return severity; }
    public long threshold() { return threshold; }
    public int windowMinutes() { return windowMinutes; }
    public Duration window() { return Duration.ofMinutes(windowMinutes); }
    public boolean placesHold() { return placesHold; }
    public String updatedBy() { return updatedBy; }
    public Instant updatedAt() { return updatedAt; }
}
