package io.jifen.points.application;

import io.jifen.shared.Message;
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
import java.util.Comparator;
import java.util.HashMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import io.jifen.customers.Customer;
import io.jifen.points.Accrual;
import io.jifen.points.PointsAccount;
import io.jifen.shared.DomainException;
import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.persistence.SequenceBlocks;
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
import io.jifen.risk.application.RiskWatch;
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
    RiskWatch risk;
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
    @Inject
    SequenceBlocks sequences;

    /** What an accrual answers: the stored accrual, and whether this call created it. */
    public record Outcome(Accrual accrual, boolean created) {
    }

    @Counted(name = "jifen.accruals", absolute = true, description = "Accrual requests answered (new and replayed)")
    @Timed(name = "jifen.accrual.latency", absolute = true, description = "Time to accrue points")
    public Outcome accrue(AccrualRequest request) {
        var now = clock.instant();
        var customer = customers.find(request.customerId())
                .orElseThrow(() -> new UnknownCustomerException(request.customerId()));
        var account = lockedAccount.lockToEarn(request.customerId(), now);
        var replay = replayOrRefuse(request, points.findAccrual(request.sourceTxnId()).orElse(null));
        if (replay != null) {
            return replay;
        }
        return earn(request, customer, account, now, true);
    }

    /** One transaction's answer in a batch: what it earned, or the refusal the single call would have answered. */
    public record BatchItem(Outcome outcome, DomainException refusal) {
    }

    /**
     * Many transactions in one database transaction, each answered exactly as {@link #accrue} would
     * answer it alone, in the order given. Customers, accounts (locked in customer-id order, so
     * overlapping batches queue and never deadlock), lots and earlier accruals are read for the whole
     * batch at once. A transaction refused before it writes (unknown customer, a different
     * transaction under the same id, an amount over the limit) is answered and the others go on; one
     * refused after it began to write (points over the limit, once campaigns have counted it) throws
     * {@link BatchSpoiledException}, the whole batch rolls back and the caller answers it one by one.
     */
    @Counted(name = "jifen.accrual.batches", absolute = true, description = "Accrual batches applied together")
    public List<BatchItem> accrueTogether(List<AccrualRequest> requests) {
        var now = clock.instant();
        Set<CustomerId> customerIds = new TreeSet<>(Comparator.comparing(CustomerId::value));
        requests.forEach(request -> customerIds.add(request.customerId()));
        var found = customers.findAll(customerIds);
        var accounts = lockedAccount.lockAllToEarn(found.keySet(), now);
        Map<String, Accrual> earlier = new HashMap<>(points.findAccruals(
                requests.stream().map(AccrualRequest::sourceTxnId).collect(Collectors.toSet())));
        // every account is locked: the ids of the batch's entries and their events may be drawn at once
        sequences.reserve(Map.of(PointsRepository.LEDGER_SEQUENCE, requests.size(), Outbox.SEQUENCE, requests.size()));
        List<BatchItem> answers = new ArrayList<>(requests.size());
        for (AccrualRequest request : requests) {
            var customer = found.get(request.customerId());
            var account = accounts.get(request.customerId());
            Outcome replay;
            try {
                if (customer == null || account == null) {
                    throw new UnknownCustomerException(request.customerId());
                }
                replay = replayOrRefuse(request, earlier.get(request.sourceTxnId()));
            } catch (DomainException refused) {
                answers.add(new BatchItem(null, refused));
                continue;
            }
            if (replay != null) {
                answers.add(new BatchItem(replay, null));
                continue;
            }
            try {
                var outcome = earn(request, customer, account, now, false);
                earlier.put(request.sourceTxnId(), outcome.accrual());
                answers.add(new BatchItem(outcome, null));
            } catch (DomainException refusedAfterWriting) {
                throw new BatchSpoiledException(refusedAfterWriting);
            }
        }
        return answers;
    }

    /**
     * The answer to a replay of a stored transaction, or null when the transaction is new. Refuses a
     * different transaction under a stored id, and a new one over the amount limit. Writes nothing.
     */
    private Outcome replayOrRefuse(AccrualRequest request, Accrual earlier) {
        if (earlier != null) {
            if (!earlier.isSameTransactionAs(request)) {
                throw new DuplicateTransactionException(request.sourceTxnId());
            }
            // a stored accrual answers its replays even if the limits were lowered since
            return new Outcome(earlier, false);
        }
        refuseOverLimit(request, () -> limits().checkAmount(request.sourceTxnId(), request.amount()));
        return null;
    }

    /**
     * Earns a new transaction's points by the rules, campaigns and caps of its day, on the locked
     * account. Alone, a refusal over the points limit leaves staff an alert; in a batch it spoils the
     * batch, whose one-by-one replay then alerts once.
     */
    private Outcome earn(AccrualRequest request, Customer customer, PointsAccount account, Instant now, boolean alone) {
        StarLevel level = customer.serviceLevelOn(now.atZone(BankCalendar.ZONE).toLocalDate()).level();
        List<EarningLine> lines = new ArrayList<>(policyFor(request).earn(request.activity(), request.productCode(),
                request.amount(), request.occurredAt(), level, customer.creditRating(), capUsage(request)));
        Points rulePoints = EarningPolicy.total(lines);
        for (AccrualBonuses source : bonuses) {
            lines.addAll(source.bonuses(request, customer, level, rulePoints, now));
        }
        Points earned = EarningPolicy.total(lines);
        if (alone) {
            refuseOverLimit(request, () -> limits().checkPoints(request.sourceTxnId(), earned));
        } else {
            limits().checkPoints(request.sourceTxnId(), earned);
        }
        Posting posting = null;
        if (earned.isPositive()) {
            if (alone) {
                // the account is locked: the entry's id and its event's in one round trip
                sequences.reserve(Map.of(PointsRepository.LEDGER_SEQUENCE, 1, Outbox.SEQUENCE, 1));
            }
            var origin = new Origin(request.sourceTxnId(),
                    Message.of("ledger.accrual", request.activity(), request.amount().toPlainString(),
                            request.currency()).stored(),
                    "core-banking", request.occurredAt());
            posting = account.accrue(earned, new LotExpiry(expiryYears).expiresAt(request.occurredAt()), origin);
            points.store(posting);
            risk.accrued(account, request.sourceTxnId());
        }
        var accrual = new Accrual(request, now, lines, posting, account.balance());
        points.addAccrual(accrual);
        accrued.fire(new PointsAccrued(request));
        return new Outcome(accrual, true);
    }

    private AccrualLimits limits() {
        return new AccrualLimits(maxAmount, Points.of(maxPoints));
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
        return reverse(sourceTxnId, null);
    }

    /**
     * As {@link #reverse(String)}, for a caller that names the customer too (a file's row): a
     * transaction of another customer is as unknown as one never sent.
     */
    public Outcome reverse(String sourceTxnId, CustomerId expectedCustomer) {
        var now = clock.instant();
        var accrual = points.findAccrual(sourceTxnId)
                .filter(found -> expectedCustomer == null || found.customerId().equals(expectedCustomer))
                .orElseThrow(() -> new UnknownAccrualException(sourceTxnId));
        var account = lockedAccount.lock(accrual.customerId(), now);
        if (accrual.isReversed()) {
            return new Outcome(accrual, false);
        }
        Posting posting = new Posting();
        if (accrual.entry() != null) {
            posting = account.reverse(accrual.entry(), accrual.lot(), points.openLots(accrual.customerId(), now),
                    new Origin(sourceTxnId, Message.of("ledger.reversal", sourceTxnId).stored(), "core-banking",
                            now));
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
