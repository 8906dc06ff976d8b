package io.jifen.orders.application;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.audit.application.AuditLog;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.StockLocation;
import io.jifen.catalog.application.CatalogService;
import io.jifen.catalog.application.StockService;
import io.jifen.customers.CustomerRepository;
import io.jifen.customers.RiskLevel;
import io.jifen.customers.StarLevel;
import io.jifen.customers.UnknownCustomerException;
import io.jifen.orders.Eligibility;
import io.jifen.orders.IdempotencyConflictException;
import io.jifen.orders.IdempotencyRecord;
import io.jifen.orders.Ineligibility;
import io.jifen.orders.NotEligibleException;
import io.jifen.risk.application.RiskWatch;
import io.jifen.orders.OrderQuery;
import io.jifen.orders.OrderRepository;
import io.jifen.orders.OrderStatusChanged;
import io.jifen.orders.PlaceOrder;
import io.jifen.orders.RedemptionCodes;
import io.jifen.orders.RedemptionOrder;
import io.jifen.orders.RedemptionPolicy;
import io.jifen.orders.RedemptionRequest;
import io.jifen.orders.UnknownOrderException;
import io.jifen.points.Origin;
import io.jifen.points.PointsRepository;
import io.jifen.points.application.LockedAccount;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Paged;
import io.jifen.shared.security.Actors;
import io.jifen.shared.time.BankCalendar;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import io.jifen.partners.application.PartnerRegistry;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Map;
import io.jifen.points.PointsRepository;
import io.jifen.shared.outbox.Outbox;
import io.jifen.shared.persistence.SequenceBlocks;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.annotation.Counted;
import org.eclipse.microprofile.metrics.annotation.Timed;

/**
 * Placing and cancelling redemption orders. Each is one transaction that first locks the
 * customer's points account: checks, stock, points, order, idempotency key and outbox events
 * commit together or not at all. Each new step of an order's history is raised as
 * {@link OrderStatusChanged}, which {@link OrderStatusOutbox} records in the same transaction.
 */
@ApplicationScoped
@Transactional
public class RedemptionService {
    private static final RedemptionCodes CODES = new RedemptionCodes();

    @Inject
    LockedAccount lockedAccount;
    @Inject
    RiskWatch risk;
    @Inject
    PointsRepository points;
    @Inject
    CustomerRepository customers;
    @Inject
    CatalogService catalog;
    @Inject
    StockService stock;
    @Inject
    OrderRepository orders;
    @Inject
    Event<OrderStatusChanged> statusChanged;
    @Inject
    OrderRefunds refunds;
    @Inject
    AuditLog audit;
    @Inject
    Clock clock;
    @Inject
    SequenceBlocks sequences;
    @Inject
    PartnerRegistry partners;
    @Inject
    @ConfigProperty(name = "jifen.redemption.minimum-balance", defaultValue = "10")
    long minimumBalance;
    @Inject
    @ConfigProperty(name = "jifen.redemption.monthly-quota.low", defaultValue = "200000")
    long quotaLow;
    @Inject
    @ConfigProperty(name = "jifen.redemption.monthly-quota.medium", defaultValue = "50000")
    long quotaMedium;
    @Inject
    @ConfigProperty(name = "jifen.redemption.monthly-quota.high", defaultValue = "0")
    long quotaHigh;

    /**
     * The order placed (or found placed before, {@code created} false), and for a new branch
     * pickup its one-time code in clear: the only time it exists outside the customer's hands,
     * because the order keeps only its hash. A replay answers no code (the partner reissues one).
     */
    public record Outcome(RedemptionOrder order, boolean created, String pickupCode) {
        public Outcome(RedemptionOrder order, boolean created) {
            this(order, created, null);
        }
    }

    /** A fresh pickup code for a live branch pickup, in clear for the ordering partner only. */
    public record IssuedPickupCode(RedemptionOrder order, String pickupCode) {
    }

    public Eligibility eligibility() {
        return new Eligibility(new RedemptionPolicy(Points.of(minimumBalance), Map.of(RiskLevel.LOW, Points.of(quotaLow),
                RiskLevel.MEDIUM, Points.of(quotaMedium), RiskLevel.HIGH, Points.of(quotaHigh))));
    }

    @Counted(name = "jifen.redemptions", absolute = true, description = "Redemption order requests answered")
    @Timed(name = "jifen.redemption.latency", absolute = true, description = "Time to place a redemption order")
    public Outcome placeOrder(PlaceOrder command) {
        // a LINKED partner's unlinked customer is refused as unknown, before anything is locked or written
        partners.requireMaySee(command.partnerId(), command.customerId().value());
        Instant now = clock.instant();
        String location = stockLocationFor(command);
        var account = lockedAccount.lock(command.customerId(), now);
        String fingerprint = command.fingerprint();
        var earlier = orders.findKey(command.partnerId(), command.idempotencyKey());
        if (earlier.isPresent()) {
            if (!earlier.get().isFor(fingerprint)) {
                throw new IdempotencyConflictException(command.idempotencyKey());
            }
            return new Outcome(orders.find(earlier.get().orderId()).orElseThrow(), false);
        }
        if (account.isUnderReview()) {
            // an open alert holds this customer's redemptions (RiskAlerts): refused before anything is taken
            throw new NotEligibleException(List.of(Ineligibility.UNDER_REVIEW));
        }
        var customer = customers.find(command.customerId())
                .orElseThrow(() -> new UnknownCustomerException(command.customerId()));
        var gift = catalog.offered(command.giftId());
        // most orders leave plenty behind: one guarded update takes the units and proves they were there
        // (a refusal below rolls it back); near the low-stock line the full check and review run instead
        boolean taken = stock.takeWellStocked(gift.id(), location, command.quantity(), gift.lowStockThreshold());
        var request = new RedemptionRequest(customer, gift, command.quantity(), command.partnerId(),
                command.fulfilment().channel(), account.balance(), account.redeemedInMonthOf(now),
                taken ? command.quantity() : stock.stockAt(gift.id(), location), now.atZone(BankCalendar.ZONE).toLocalDate());
        var refused = eligibility().check(request);
        if (!refused.isEmpty()) {
            throw new NotEligibleException(refused);
        }
        if (!taken) {
            stock.take(gift.id(), location, command.quantity());
        }
        OrderId orderId = RedemptionOrder.newId();
        var posting = account.redeem(request.price(), points.openLots(command.customerId(), now),
                new Origin(orderId.value(), Message.of("ledger.redemption", command.quantity(), gift.nameZh(), gift.sku())
                        .stored(),
                        command.placedBy(), now));
        // the account is locked: the ids of the entries and of the events that announce them and the
        // order's first steps (placed, and a voucher issued) in one round trip
        sequences.reserve(Map.of(PointsRepository.LEDGER_SEQUENCE, posting.entries().size(),
                Outbox.SEQUENCE, posting.entries().size() + 2));
        points.store(posting);
        var order = new RedemptionOrder(orderId, command.partnerId(), command.customerId(), gift.id(),
                command.quantity(), request.price(), command.fulfilment(), location, posting.mainEntry().id(), now,
                command.placedBy());
        String pickupCode = null;
        switch (command.fulfilment().channel()) {
            case E_VOUCHER -> order.issueVoucher(CODES.voucherCode(), now, "system");
            case BRANCH_PICKUP -> {
                pickupCode = CODES.pickupCode();
                order.issuePickupCode(pickupCode);
            }
            case COURIER -> {
                if (customer.serviceLevelOn(request.today()).level() == StarLevel.SEVEN_STARS) {
                    order.serveDoorToDoor();
                }
            }
        }
        orders.add(order);
        orders.addKey(new IdempotencyRecord(command.partnerId(), command.idempotencyKey(), fingerprint, orderId, now));
        risk.redeemed(account, order, now);
        order.history().forEach(change -> statusChanged.fire(new OrderStatusChanged(order, change)));
        return new Outcome(order, true, pickupCode);
    }

    /**
     * For the catalog: why each gift could not be redeemed by this customer now (an empty list when
     * it could), by the same rules an order is checked with. Any channel the gift offers will do.
     */
    @Transactional(Transactional.TxType.SUPPORTS)
    public Map<String, List<Ineligibility>> redeemability(
            CustomerId customerId, String partnerId, List<Gift> gifts, Map<String, Long> stockByGift) {
        if (partnerId != null) {
            partners.requireMaySee(partnerId, customerId.value());
        }
        Instant now = clock.instant();
        var customer = customers.find(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        var account = points.findAccount(customerId).orElseThrow(() -> new UnknownCustomerException(customerId));
        Points balance = account.balance();
        Points redeemed = account.redeemedInMonthOf(now);
        var eligibility = eligibility();
        Map<String, List<Ineligibility>> answer = new LinkedHashMap<>();
        for (var gift : gifts) {
            answer.put(gift.id().value(), eligibility.check(new RedemptionRequest(customer, gift, 1, partnerId, null, balance,
                    redeemed, stockByGift.getOrDefault(gift.id().value(), 0L), now.atZone(BankCalendar.ZONE).toLocalDate())));
        }
        return answer;
    }

    /** Cancels until the gift has left; the points return at once to the lots they came from. */
    public RedemptionOrder cancel(OrderId orderId, String partnerId, String reason) {
        Instant now = clock.instant();
        String by = Actors.current().name();
        var seen = visibleOrder(orderId, partnerId);
        var order = refunds.giveUp(seen.customerId(), orderId, now, by,
                Message.of("ledger.refund.cancelled", orderId.value()).stored(),
                locked -> {
                    locked.cancel(now, by, reason);
                    return true;
                }).order();
        statusChanged.fire(new OrderStatusChanged(order, order.lastChange()));
        audit.record("cancelled order", "order:" + orderId, reason);
        return order;
    }

    /**
     * The ordering partner gives a customer who lost the pickup code a new one; the old code stops
     * working at once. Only the partner that placed the order may (another's is "not found"), and
     * only while the pickup waits to be collected.
     */
    public IssuedPickupCode reissuePickupCode(OrderId orderId, String partnerId) {
        if (partnerId == null) {
            throw new UnknownOrderException(orderId);
        }
        visibleOrder(orderId, partnerId);
        var order = orders.lock(orderId);
        String code = CODES.pickupCode();
        order.reissuePickupCode(code, clock.instant(), Actors.current().name());
        statusChanged.fire(new OrderStatusChanged(order, order.lastChange()));
        return new IssuedPickupCode(order, code);
    }

    /** An order as a caller may see it: a partner sees only its own, others' are "not found". */
    public RedemptionOrder visibleOrder(OrderId orderId, String partnerId) {
        return orders.find(orderId)
                .filter(order -> partnerId == null || order.partnerId().equals(partnerId))
                .orElseThrow(() -> new UnknownOrderException(orderId));
    }

    /** Couriers and e-vouchers ship from the central warehouse; a pickup from its branch when it has the units. */
    private String stockLocationFor(PlaceOrder command) {
        var fulfilment = command.fulfilment();
        if (fulfilment.channel() == Channel.BRANCH_PICKUP) {
            if (fulfilment.branchCode() == null) {
                throw new InvalidRequestException("fulfilment.branchCode", "a branch pickup names its branch");
            }
            var branch = stock.location(fulfilment.branchCode());
            if (!branch.isBranch()) {
                throw new InvalidRequestException("fulfilment.branchCode", Message.of("notABranch", fulfilment.branchCode()));
            }
            return stock.stockAt(command.giftId(), branch.code()) >= command.quantity()
                    ? branch.code() : StockLocation.CENTRAL;
        }
        if (fulfilment.channel() == Channel.COURIER && fulfilment.address() == null) {
            throw new InvalidRequestException("fulfilment.address", "a courier delivery needs an address");
        }
        return StockLocation.CENTRAL;
    }

    public record OrderPage(List<RedemptionOrder> items, int page, int size, long total) implements Paged<RedemptionOrder> {
    }

    public OrderPage list(OrderQuery query, int page, int size) {
        return new OrderPage(orders.find(query, page, size), page, size, orders.count(query));
    }
}
