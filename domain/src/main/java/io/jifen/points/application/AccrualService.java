package io.jifen.points.application;

import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.StarLevel;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.points.Accrual;
import io.jifen.points.AccrualBonuses;
import io.jifen.points.AccrualLimitExceededException;
import io.jifen.points.AccrualLimits;
import io.jifen.points.PointsAccrued;
import io.jifen.points.PointsReversed;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.inject.Instance;
import java.time.Instant;
import java.util.ArrayList;
import io.jifen.points.AccrualRequest;
import io.jifen.points.DuplicateTransactionException;
import io.jifen.points.EarningLine;
import io.jifen.points.EarningPolicy;
import io.jifen.points.LotExpiry;
import io.jifen.points.Origin;
import io.jifen.points.PointsRepository;
import io.jifen.points.Posting;
import io.jifen.points.StarLevelMultiplier;
import io.jifen.points.UnknownAccrualException;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;

/** Core banking's accruals and reversals, each one transaction on the customer's locked account. */
@ApplicationScoped
@Transactional
public class AccrualService {
    @Inject
    PointsRepository points;
    @Inject
    CustomerRepository customers;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    Clock clock;
    @Inject
    Instance<AccrualBonuses> bonuses;
    @Inject
    Event<PointsAccrued> accrued;
    @Inject
    Event<PointsReversed> reversed;
    @Inject
    @ConfigProperty(name = "jifen.points.expiry-years", defaultValue = "2")
    int expiryYears;
    @Inject
    @ConfigProperty(name = "jifen.accrual.max-amount", defaultValue = "10000000000.00")
    BigDecimal maxAmount;
    @Inject
    @ConfigProperty(name = "jifen.accrual.max-points", defaultValue = "1000000")
    long maxPoints;
    @Inject
    AccrualAlerts alerts;

    /** What an accrual answers: the stored accrual, and whether this call created it. */
    public record Outcome(Accrual accrual, boolean created) {
    }

    @Counted(name = "jifen.accruals", absolute = true, description = "Accrual requests answered (new and replayed)")
    @Timed(name = "jifen.accrual.latency", absolute = true, description = "Time to accrue points")
    public Outcome accrue(AccrualRequest request) {
        var now = clock.instant();
        var limits = new AccrualLimits(maxAmount, Points.of(maxPoints));
        var customer = customers.find(request.customerId())
                .orElseThrow(() -> new UnknownCustomerException(request.customerId()));
        var account = lockedAccount.lock(request.customerId(), now);
        var earlier = points.findAccrual(request.sourceTxnId());
        if (earlier.isPresent()) {
            if (!earlier.get().isSameTransactionAs(request)) {
                throw new DuplicateTransactionException(request.sourceTxnId());
            }
            return new Outcome(earlier.get(), false);
        }
        // after the replay check: a stored accrual answers its replays even if the limits were lowered since
        refuseOverLimit(request, () -> limits.checkAmount(request.sourceTxnId(), request.amount()));
        StarLevel level = customer.serviceLevelOn(now.atZone(BankCalendar.ZONE).toLocalDate()).level();
        List<EarningLine> lines = new ArrayList<>(policyFor(request).earn(request.activity(), request.productCode(),
                request.amount(), request.occurredAt(), level, customer.creditRating(), capUsage(request)));
        Points rulePoints = EarningPolicy.total(lines);
        for (AccrualBonuses source : bonuses) {
            lines.addAll(source.bonuses(request, customer, level, rulePoints, now));
        }
        Points earned = EarningPolicy.total(lines);
        refuseOverLimit(request, () -> limits.checkPoints(request.sourceTxnId(), earned));
        Posting posting = null;
        if (earned.isPositive()) {
            var origin = new Origin(request.sourceTxnId(),
                    request.activity() + " " + request.amount().toPlainString() + " " + request.currency(),
                    "core-banking", request.occurredAt());
            posting = account.accrue(earned, new LotExpiry(expiryYears).expiresAt(request.occurredAt()), origin);
            points.store(posting);
        }
        var accrual = new Accrual(request, now, lines, posting, account.balance());
        points.addAccrual(accrual);
        accrued.fire(new PointsAccrued(request));
        return new Outcome(accrual, true);
    }

    /** A refused accrual over the limits still leaves staff an alert, written in its own transaction. */
    private void refuseOverLimit(AccrualRequest request, Runnable check) {
        try {
            check.run();
        } catch (AccrualLimitExceededException e) {
            alerts.overLimit(request, e.getMessage());
            throw e;
        }
    }

    /** Takes an accrual's points back, once; a repeat answers the first reversal. */
    public Outcome reverse(String sourceTxnId) {
        var now = clock.instant();
        var accrual = points.findAccrual(sourceTxnId).orElseThrow(() -> new UnknownAccrualException(sourceTxnId));
        var account = lockedAccount.lock(accrual.customerId(), now);
        if (accrual.isReversed()) {
            return new Outcome(accrual, false);
        }
        Posting posting = new Posting();
        if (accrual.entry() != null) {
            posting = account.reverse(accrual.entry(), accrual.lot(), points.openLots(accrual.customerId(), now),
                    new Origin(sourceTxnId, "reversal of " + sourceTxnId, "core-banking", now));
            points.store(posting);
        }
        accrual.markReversed(now, posting, account.balance());
        reversed.fire(new PointsReversed(sourceTxnId, accrual.customerId()));
        return new Outcome(accrual, true);
    }

    /** What capped rules already earned the customer on the transaction's bank-calendar day and month. */
    private EarningPolicy.CapUsage capUsage(AccrualRequest request) {
        var day = request.occurredAt().atZone(BankCalendar.ZONE).toLocalDate();
        Instant dayStart = day.atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant dayEnd = day.plusDays(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant monthStart = day.withDayOfMonth(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        Instant monthEnd = day.withDayOfMonth(1).plusMonths(1).atStartOfDay(BankCalendar.ZONE).toInstant();
        CustomerId customerId = request.customerId();
        return new EarningPolicy.CapUsage() {
            @Override
            public long earnedOnDay(String ruleCode) {
                return points.earnedByRule(customerId, ruleCode, dayStart, dayEnd);
            }

            @Override
            public long earnedInMonth(String ruleCode) {
                return points.earnedByRule(customerId, ruleCode, monthStart, monthEnd);
            }
        };
    }

    private EarningPolicy policyFor(AccrualRequest request) {
        Map<StarLevel, BigDecimal> multipliers = new EnumMap<>(StarLevel.class);
        for (StarLevelMultiplier m : points.starLevelMultipliers()) {
            multipliers.put(StarLevel.ofNumber(m.starLevel()), m.multiplier());
        }
        return new EarningPolicy(points.earningRules(request.activity()), multipliers);
    }
}
