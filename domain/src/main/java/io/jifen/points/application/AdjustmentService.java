package io.jifen.points.application;

import io.jifen.audit.application.AuditLog;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.points.AdjustmentLimits;
import io.jifen.points.AdjustmentRepository;
import io.jifen.points.AdjustmentRequest;
import io.jifen.points.AdjustmentSort;
import io.jifen.points.AdjustmentStatus;
import io.jifen.points.LedgerEntry;
import io.jifen.points.LotExpiry;
import io.jifen.points.Origin;
import io.jifen.points.PointsAccount;
import io.jifen.points.PointsRepository;
import io.jifen.points.StaffAdjustmentDay;
import io.jifen.points.UnknownAdjustmentRequestException;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Paged;
import io.jifen.shared.Points;
import io.jifen.shared.Sorting;
import io.jifen.shared.security.Actors;
import io.jifen.shared.security.RequiresRole;
import io.jifen.shared.security.Roles;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Staff adjustments under control: within the limits one person posts at once; beyond them the
 * adjustment becomes a request that a second person (risk or admin, never the requester) approves
 * or rejects. Either way the ledger entry names who asked, and the audit log who decided.
 */
@ApplicationScoped
@Transactional
public class AdjustmentService {
    @Inject
    PointsRepository points;
    @Inject
    LockedAccount lockedAccount;
    @Inject
    AdjustmentRepository requests;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    @ConfigProperty(name = "jifen.points.expiry-years", defaultValue = "2")
    int expiryYears;
    @Inject
    @ConfigProperty(name = "jifen.adjustments.limit-per-adjustment", defaultValue = "10000")
    long limitPerAdjustment;
    @Inject
    @ConfigProperty(name = "jifen.adjustments.limit-per-staff-per-day", defaultValue = "50000")
    long limitPerStaffPerDay;

    /** What became of an adjustment: posted at once, or waiting for a second person. */
    public sealed interface Outcome {
    }

    public record Posted(LedgerEntry entry) implements Outcome {
    }

    public record AwaitingApproval(AdjustmentRequest request) implements Outcome {
    }

    /** What the UI shows before staff confirm: the balance before and after, and whether it waits for approval. */
    public record Preview(Points balanceBefore, Points balanceAfter, boolean needsApproval, Points movedToday,
                          AdjustmentLimits limits) {
    }

    public record Page(List<AdjustmentRequest> items, int page, int size, long total) implements Paged<AdjustmentRequest> {
    }

    public AdjustmentLimits limits() {
        return new AdjustmentLimits(Points.of(limitPerAdjustment), Points.of(limitPerStaffPerDay));
    }

    /**
     * A staff correction with a reason. The person's day is locked first, so what they have moved
     * today is counted once however many servers they reach at the same moment.
     */
    @RequiresRole(Roles.SERVICE)
    public Outcome adjust(CustomerId customerId, Points delta, String reason) {
        // refused before any lock, so a wrong amount neither waits nor reveals the customer
        PointsAccount.checkAdjustment(delta);
        var now = clock.instant();
        String actor = Actors.current().name();
        StaffAdjustmentDay day = requests.lockDay(actor, bankDay(now));
        if (limits().allowAlone(delta, day.pointsMoved())) {
            var entry = post(customerId, delta, new Origin("ADJ-" + now.toEpochMilli(), reason, actor, now));
            day.moved(delta);
            audit.record("adjusted points", "customer:" + customerId, delta.value() + " points: " + reason);
            return new Posted(entry);
        }
        points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        var request = new AdjustmentRequest("AR-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16),
                customerId, delta, reason, actor, now);
        requests.add(request);
        audit.record("requested adjustment", "customer:" + customerId,
                request.id() + ": " + delta.value() + " points, over the limits, awaiting a second person: " + reason);
        return new AwaitingApproval(request);
    }

    @RequiresRole(Roles.SERVICE)
    public Preview preview(CustomerId customerId, Points delta) {
        PointsAccount.checkAdjustment(delta);
        var account = points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        var now = clock.instant();
        Points moved = requests.findDay(Actors.current().name(), bankDay(now)).map(StaffAdjustmentDay::pointsMoved)
                .orElse(Points.ZERO);
        return new Preview(account.balance(), account.balance().plus(delta), !limits().allowAlone(delta, moved), moved,
                limits());
    }

    /** A second person approves: the adjustment is posted now, as the requester's, naming the request. */
    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public AdjustmentRequest approve(String requestId, String note) {
        var request = lockedRequest(requestId);
        var now = clock.instant();
        String approver = Actors.current().name();
        request.approve(approver, note, now);
        String approved = " (approved by " + approver + ")";
        String reason = request.reason();
        // the entry's description holds 500 characters: a long reason gives way to who approved it
        String description = reason.length() + approved.length() <= 500 ? reason + approved
                : reason.substring(0, Math.max(0, 497 - approved.length())) + "..." + approved;
        var entry = post(request.customerId(), request.points(), new Origin(request.id(),
                description.length() <= 500 ? description : description.substring(0, 500), request.requestedBy(), now));
        request.posted(entry);
        audit.record("approved adjustment", "customer:" + request.customerId(),
                request.id() + ": " + request.points().value() + " points requested by " + request.requestedBy()
                        + (note == null || note.isBlank() ? "" : ": " + note));
        return request;
    }

    @RequiresRole({Roles.RISK, Roles.ADMIN})
    public AdjustmentRequest reject(String requestId, String note) {
        var request = lockedRequest(requestId);
        request.reject(Actors.current().name(), note, clock.instant());
        audit.record("rejected adjustment", "customer:" + request.customerId(),
                request.id() + ": " + request.points().value() + " points requested by " + request.requestedBy()
                        + ": " + note);
        return request;
    }

    @RequiresRole({Roles.SERVICE, Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public AdjustmentRequest find(String requestId) {
        return requests.find(requestId).orElseThrow(() -> new UnknownAdjustmentRequestException(requestId));
    }

    /** Requests in one status (all when null), the oldest first: the queue is worked from its head. */
    @RequiresRole({Roles.SERVICE, Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public Page list(AdjustmentStatus status, int page, int size) {
        return list(status, Sorting.none(), page, size);
    }

    /** The same, in the order staff chose by a column (oldest first when none is). */
    @RequiresRole({Roles.SERVICE, Roles.RISK, Roles.ADMIN, Roles.AUDITOR})
    public Page list(AdjustmentStatus status, Sorting<AdjustmentSort> sorting, int page, int size) {
        return new Page(requests.list(status, sorting, page, size), page, size, requests.count(status));
    }

    private AdjustmentRequest lockedRequest(String requestId) {
        return requests.lock(requestId).orElseThrow(() -> new UnknownAdjustmentRequestException(requestId));
    }

    /** A credit makes a new lot; a debit spends the soonest-expiring first. */
    private LedgerEntry post(CustomerId customerId, Points delta, Origin origin) {
        var account = lockedAccount.lock(customerId, origin.occurredAt());
        var posting = account.adjust(delta, new LotExpiry(expiryYears).expiresAt(origin.occurredAt()),
                delta.isPositive() ? List.of() : points.openLots(customerId, origin.occurredAt()), origin);
        points.store(posting);
        return posting.mainEntry();
    }

    private static LocalDate bankDay(Instant at) {
        return LocalDate.ofInstant(at, BankCalendar.ZONE);
    }
}
