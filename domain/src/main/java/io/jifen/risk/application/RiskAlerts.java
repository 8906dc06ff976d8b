package io.jifen.risk.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.points.PointsAccount;
import io.jifen.points.application.LockedAccount;
import io.jifen.risk.Alert;
import io.jifen.risk.AlertRepository;
import io.jifen.risk.AlertRule;
import io.jifen.risk.AlertRuleSetting;
import io.jifen.risk.AlertSort;
import io.jifen.risk.AlertStatus;
import io.jifen.risk.AlertSubject;
import io.jifen.risk.Severity;
import io.jifen.risk.UnknownAlertException;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Paged;
import io.jifen.shared.Sorting;
import io.jifen.shared.ReadMostlyCache;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Alerts for risk staff: raised by the watch in the transaction that shows the pattern (under the
 * customer's account lock, so one pattern raises one alert), worked on the board, and closed as
 * fraud or not. A HIGH alert whose rule says so holds the customer's redemptions until it is closed.
 */
@ApplicationScoped
@Transactional
public class RiskAlerts {
    private static final Logger LOG = Logger.getLogger(RiskAlerts.class.getName());

    @Inject
    AlertRepository alerts;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.risk.settings-cache-seconds", defaultValue = "5")
    long cacheSeconds;
    private ReadMostlyCache<AlertRuleSetting> settings;

    public record Page(List<Alert> items, int page, int size, long total) implements Paged<Alert> {
    }

    @PostConstruct
    void init() {
        settings = new ReadMostlyCache<>(Duration.ofSeconds(Math.max(0, cacheSeconds)), clock);
    }

    /** A rule's setting as the watch reads it on every redemption and accrual: cached a few seconds. */
    @Transactional(Transactional.TxType.SUPPORTS)
    public AlertRuleSetting setting(AlertRule rule) {
        return settings.get(rule.name(), key -> alerts.setting(rule)).orElseGet(rule::defaults);
    }

    /**
     * Raises the rule's alert on the customer unless one is open; {@code account} is the customer's
     * account, locked by the caller, which the alert's hold is placed on.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Alert> raise(AlertRuleSetting setting, PointsAccount account, String evidence) {
        String customer = account.customerId().value();
        if (!setting.enabled() || alerts.isOpen(setting.rule(), AlertSubject.CUSTOMER, customer)) {
            return Optional.empty();
        }
        var alert = new Alert(setting, customer, evidence, clock.instant());
        alerts.add(alert);
        if (alert.holds()) {
            account.placeHold();
        }
        LOG.warning(() -> "alert " + alert.id() + " " + setting.rule() + " (" + setting.severity() + ") on customer "
                + customer + (alert.holds() ? ", redemptions held" : ""));
        return Optional.of(alert);
    }

    /** Raises the rule's alert on a partner or a staff user unless one is open (such alerts hold nothing). */
    @Transactional(Transactional.TxType.MANDATORY)
    public Optional<Alert> raiseOn(AlertSubject kind, String subjectId, AlertRuleSetting setting, String evidence) {
        if (kind == AlertSubject.CUSTOMER) {
            throw new IllegalArgumentException("a customer's alert is raised under their account lock: raise(setting, account, …)");
        }
        if (!setting.enabled() || alerts.isOpen(setting.rule(), kind, subjectId)) {
            return Optional.empty();
        }
        var alert = new Alert(setting, kind, subjectId, evidence, clock.instant());
        alerts.add(alert);
        LOG.warning(() -> "alert " + alert.id() + " " + setting.rule() + " (" + setting.severity() + ") on "
                + subject(alert));
        return Optional.of(alert);
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public Page list(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId, int page, int size) {
        return list(status, rule, kind, subjectId, Sorting.none(), page, size);
    }

    /** The same, in the order staff chose by a column (newest first when none is). */
    @RequiresRole({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public Page list(AlertStatus status, AlertRule rule, AlertSubject kind, String subjectId,
                     Sorting<AlertSort> sorting, int page, int size) {
        return new Page(alerts.list(status, rule, kind, subjectId, sorting, page, size), page, size,
                alerts.count(status, rule, kind, subjectId));
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public Alert find(String alertId) {
        return alerts.find(alertId).orElseThrow(() -> new UnknownAlertException(alertId));
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public Alert investigate(String alertId) {
        var alert = locked(alertId);
        alert.investigate(Actors.current().name(), clock.instant());
        audit.record("investigating alert", "alert:" + alertId, alert.rule() + " on " + subject(alert));
        return alert;
    }

    /** Holds the customer's redemptions while the alert is worked, whatever its severity. */
    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public Alert hold(String alertId) {
        var alert = locked(alertId);
        alert.hold(Actors.current().name(), clock.instant());
        lockedAccount.lock(new CustomerId(alert.customerId()), clock.instant()).placeHold();
        audit.record("held redemptions", "customer:" + alert.customerId(), "alert " + alertId + " " + alert.rule());
        return alert;
    }

    /** Closed with a finding; the customer's hold ends unless another open alert still holds them. */
    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public Alert close(String alertId, boolean fraud, String finding) {
        var alert = locked(alertId);
        boolean held = alert.holds();
        var account = held ? lockedAccount.lock(new CustomerId(alert.customerId()), clock.instant()) : null;
        alert.close(fraud, Actors.current().name(), finding, clock.instant());
        if (held && alerts.otherHolds(alert.customerId(), alert.id()) == 0) {
            account.releaseHold();
        }
        audit.record(fraud ? "closed alert as fraud" : "closed alert as not fraud", "alert:" + alertId,
                alert.rule() + " on " + subject(alert) + ": " + finding);
        return alert;
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public List<AlertRuleSetting> settings() {
        return alerts.settings();
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public AlertRuleSetting configure(AlertRule rule, boolean enabled, Severity severity, long threshold,
                                      int windowMinutes, boolean placesHold) {
        var setting = alerts.setting(rule).orElseThrow(() -> new IllegalStateException("no setting for " + rule));
        setting.change(enabled, severity, threshold, windowMinutes, placesHold);
        setting.changedBy(Actors.current().name(), clock.instant());
        settings.forget(rule.name());
        audit.record("configured alert rule", "alert-rule:" + rule, (enabled ? "on" : "off") + ", " + severity
                + ", threshold " + threshold + ", window " + windowMinutes + " min" + (placesHold ? ", holds" : ""));
        return setting;
    }

    private static String subject(Alert alert) {
        return alert.subjectKind().name().toLowerCase(java.util.Locale.ROOT) + " " + alert.subjectId();
    }

    private Alert locked(String alertId) {
        return alerts.lock(alertId).orElseThrow(() -> new UnknownAlertException(alertId));
    }
}
