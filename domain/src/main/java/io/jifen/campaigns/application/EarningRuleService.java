package io.jifen.campaigns.application;

import io.jifen.shared.Message;
import io.jifen.audit.application.AuditLog;
import io.jifen.points.Activity;
import io.jifen.points.EarningRule;
import io.jifen.points.PointsRepository;
import io.jifen.shared.Approval;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/**
 * Marketing manages earning rules. History is never rewritten: a change closes the version in
 * force and starts the next one at a moment not in the past, so every transaction that already
 * happened keeps earning by the version that was in force.
 */
@ApplicationScoped
@Transactional
@RequiresRole({Roles.MARKETING, Roles.ADMIN})
public class EarningRuleService {
    /** Requests take a moment to arrive: a start or end up to this much before now is taken as now. */
    static final Duration GRACE = Duration.ofMinutes(1);

    @Inject
    PointsRepository points;
    @Inject
    Clock clock;
    @Inject
    AuditLog audit;

    /** The terms of a rule version as staff enter them; effectiveFrom null means now. */
    public record Terms(String name, Activity activity, EarningRule.Audience audience, long fixedPoints,
                        long pointsPerStep, BigDecimal stepAmount, EarningRule.StepRounding rounding,
                        BigDecimal minAmount, EarningRule.Caps caps, boolean tierMultiplied, Instant effectiveFrom,
                        Instant effectiveTo) {
    }

    public static class UnknownRuleException extends DomainException {
        public UnknownRuleException(String code) {
            super(ErrorCode.NOT_FOUND, Message.of("unknown.earningRule", code));
        }
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public List<EarningRule> allVersions() {
        return points.allEarningRules();
    }

    @RequiresRole({Roles.MARKETING, Roles.ADMIN, Roles.AUDITOR})
    public List<EarningRule> versions(String code) {
        var versions = points.earningRuleVersions(code);
        if (versions.isEmpty()) {
            throw new UnknownRuleException(code);
        }
        return versions;
    }

    /** Instants as the database keeps them (microseconds), so what is answered is what is stored. */
    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    private static Instant micros(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }

    public EarningRule define(String code, Terms terms) {
        if (code == null || !code.matches("[A-Z0-9_]{1,64}")) {
            throw new InvalidRequestException("code", "1-64 upper-case letters, digits or _");
        }
        if (!points.earningRuleVersions(code).isEmpty()) {
            throw new InvalidRequestException("code", "a rule with this code exists: change it instead");
        }
        Instant now = now();
        var rule = build(code, 1, terms, startOf(terms, now), now);
        rule.awaitApproval();
        points.addEarningRule(rule);
        audit.record("defined earning rule", "earning-rule:" + code, describe(rule) + ", awaiting a second person");
        return rule;
    }

    /**
     * A new version from its start, proposed: it waits for a second person, and the version in
     * force ends where it starts only when it is approved. One proposal at a time.
     */
    public EarningRule change(String code, Terms terms) {
        Instant now = now();
        var all = versions(code);
        if (all.stream().anyMatch(v -> v.approval() == Approval.PENDING_APPROVAL)) {
            throw new InvalidRequestException("code", "a version of this rule awaits approval: decide on it first");
        }
        var latest = latestApproved(code);
        Instant from = startOf(terms, now);
        if (latest != null && !from.isAfter(latest.effectiveFrom())) {
            throw new InvalidRequestException("effectiveFrom", Message.of("earningRule.startsAfterCurrent",
                    String.valueOf(latest.effectiveFrom())));
        }
        var rule = build(code, all.getLast().version() + 1, terms, from, now);
        rule.awaitApproval();
        points.addEarningRule(rule);
        audit.record("changed earning rule", "earning-rule:" + code, "version " + rule.version() + ": " + describe(rule)
                + ", awaiting a second person");
        return rule;
    }

    /**
     * A second person (never the proposer) approves a version: it earns from its start (now, if
     * that has passed while it waited), and the version in force before it ends there.
     */
    public EarningRule approve(String code, int version) {
        Instant now = now();
        var proposed = version(code, version);
        var before = latestApproved(code);
        proposed.approve(Actors.current().name(), now);
        if (before != null && before.effectiveFrom().isBefore(proposed.effectiveFrom())
                && (before.effectiveTo() == null || before.effectiveTo().isAfter(proposed.effectiveFrom()))) {
            before.endAt(proposed.effectiveFrom());
        }
        points.earningRulesChanged();
        audit.record("approved earning rule", "earning-rule:" + code, "version " + version + " from "
                + proposed.effectiveFrom());
        return proposed;
    }

    public EarningRule reject(String code, int version, String reason) {
        var proposed = version(code, version);
        proposed.reject(Actors.current().name());
        audit.record("rejected earning rule", "earning-rule:" + code, "version " + version + ": " + reason);
        return proposed;
    }

    private EarningRule version(String code, int version) {
        return versions(code).stream().filter(v -> v.version() == version).findFirst()
                .orElseThrow(() -> new UnknownRuleException(code + " version " + version));
    }

    /** The newest version a second person approved, or null when none was. */
    private EarningRule latestApproved(String code) {
        var approved = versions(code).stream().filter(EarningRule::isApproved).toList();
        return approved.isEmpty() ? null : approved.getLast();
    }

    /** Ends the rule at a moment not in the past (now when null). */
    public EarningRule end(String code, Instant at) {
        Instant now = now();
        Instant end = at == null ? now : micros(at);
        if (end.isBefore(now.minus(GRACE))) {
            throw new InvalidRequestException("effectiveTo", "a rule cannot end in the past: history is not rewritten");
        }
        if (end.isBefore(now)) {
            end = now; // sent a moment ago: it ends now, not a moment before now
        }
        var latest = latestApproved(code);
        if (latest == null) {
            throw new InvalidRequestException("code", "no version of this rule was approved: reject the proposal instead");
        }
        if (!end.isAfter(latest.effectiveFrom())) {
            throw new InvalidRequestException("effectiveTo", Message.of("earningRule.endsAfterStart", String.valueOf(latest.effectiveFrom())));
        }
        if (latest.effectiveTo() != null && !latest.effectiveTo().isAfter(end)) {
            throw new InvalidRequestException("effectiveTo", Message.of("earningRule.alreadyEnds", String.valueOf(latest.effectiveTo())));
        }
        latest.endAt(end);
        points.earningRulesChanged();
        audit.record("ended earning rule", "earning-rule:" + code, "from " + end);
        return latest;
    }

    private static Instant startOf(Terms terms, Instant now) {
        Instant from = terms.effectiveFrom() == null ? now : micros(terms.effectiveFrom());
        if (from.isBefore(now.minus(GRACE))) {
            throw new InvalidRequestException("effectiveFrom", "a rule cannot start in the past: history is not rewritten");
        }
        // sent a moment ago: it starts now, so no transaction already earned is earned again differently
        return from.isBefore(now) ? now : from;
    }

    private EarningRule build(String code, int version, Terms t, Instant from, Instant now) {
        if (t.name() == null || t.name().isBlank() || t.name().length() > 200) {
            throw new InvalidRequestException("name", "a name of 1-200 characters");
        }
        if (t.activity() == null) {
            throw new InvalidRequestException("activity", "is required");
        }
        if (t.fixedPoints() < 0 || t.fixedPoints() > EarningRule.MAX_POINTS) {
            throw new InvalidRequestException("fixedPoints", Message.of("pointsRange", String.valueOf(EarningRule.MAX_POINTS)));
        }
        if (t.pointsPerStep() < 0 || t.pointsPerStep() > EarningRule.MAX_POINTS) {
            throw new InvalidRequestException("pointsPerStep", Message.of("pointsRange", String.valueOf(EarningRule.MAX_POINTS)));
        }
        var caps = t.caps() == null ? EarningRule.Caps.NONE : t.caps();
        if (caps.daily() != null && caps.daily() > EarningRule.MAX_CAP) {
            throw new InvalidRequestException("dailyCap", Message.of("pointsAtMost", String.valueOf(EarningRule.MAX_CAP)));
        }
        if (caps.monthly() != null && caps.monthly() > EarningRule.MAX_CAP) {
            throw new InvalidRequestException("monthlyCap", Message.of("pointsAtMost", String.valueOf(EarningRule.MAX_CAP)));
        }
        if (t.fixedPoints() == 0 && t.pointsPerStep() == 0) {
            throw new InvalidRequestException("fixedPoints", "a rule earns fixed points, points per step, or both");
        }
        if (t.pointsPerStep() > 0 && (t.stepAmount() == null || t.stepAmount().signum() <= 0)) {
            throw new InvalidRequestException("stepAmount", "points per step need a step amount above zero");
        }
        if (t.effectiveTo() != null && !t.effectiveTo().isAfter(from)) {
            throw new InvalidRequestException("effectiveTo", "a rule ends after it starts");
        }
        if (t.minAmount() != null && t.minAmount().signum() < 0) {
            throw new InvalidRequestException("minAmount", "zero or more");
        }
        var audience = t.audience() == null ? EarningRule.Audience.ANYONE : t.audience();
        if (audience.productCode() != null && !audience.productCode().matches("[A-Za-z0-9_-]{1,40}")) {
            throw new InvalidRequestException("productCode", "1-40 letters, digits, _ or -");
        }
        return EarningRule.define(code, version, t.name().strip(), t.activity(), audience, t.fixedPoints(),
                t.pointsPerStep(), t.pointsPerStep() > 0 ? t.stepAmount() : null,
                t.rounding() == null ? EarningRule.StepRounding.DOWN : t.rounding(), t.minAmount(),
                caps, t.tierMultiplied(), from, micros(t.effectiveTo()),
                Actors.current().name(), now);
    }

    private static String describe(EarningRule r) {
        return r.name() + " (" + r.activity() + ", fixed " + r.fixedPoints() + ", " + r.pointsPerStep() + " per "
                + r.stepAmount() + " " + r.stepRounding() + ", from " + r.effectiveFrom() + ")";
    }
}
