package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.customers.StarLevel;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Reason;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/**
 * A customer's redemption of a gift through a partner: what it cost, how it is delivered, where
 * its stock was reserved, and every state it went through.
 *
 * <p>Each fulfilment step is one method here that refuses a move the order's state (or channel)
 * does not allow before it changes anything, and records who did it, when and why in the history.
 * Points and stock are other aggregates: the application service moves them in the same
 * transaction, after the order has agreed to the step. The history also keeps notes that change
 * no state (a substitute offered or accepted); the time limits run from the last real status
 * change, {@link #statusChangedAt()}.
 */
@Entity
@Table(name = "redemption_order")
public class RedemptionOrder {
    /** Wrong pickup codes tolerated before the code is locked. */
    public static final int PICKUP_CODE_TRIES = 5;

    /** A new order's id, the one place order ids are made: "O-" and 16 random hex digits. */
    public static OrderId newId() {
        return new OrderId("O-" + UUID.randomUUID().toString().replace("-", "").substring(0, 16));
    }

    @Id
    @Column(name = "id", length = 40)
    private String id;
    @Column(name = "partner_id", nullable = false, length = 64)
    private String partnerId;
    @Column(name = "customer_id", nullable = false, length = 64)
    private String customerId;
    @Column(name = "gift_id", nullable = false, length = 40)
    private String giftId;
    @Column(name = "quantity", nullable = false)
    private int quantity;
    @Column(name = "points_charged", nullable = false)
    private long pointsCharged;
    @Enumerated(EnumType.STRING)
    @Column(name = "status", nullable = false, length = 20)
    private OrderStatus status;
    @Enumerated(EnumType.STRING)
    @Column(name = "channel", nullable = false, length = 16)
    private Channel channel;
    @Column(name = "branch_code", length = 32)
    private String branchCode;
    @Embedded
    private DeliveryAddress address;
    @Column(name = "stock_location", nullable = false, length = 32)
    private String stockLocation;
    @Column(name = "voucher_code", length = 40)
    private String voucherCode;
    /** The pickup code as a {@link PickupCodeHash}, never the code itself; null when no code is live. */
    @Column(name = "pickup_code_hash", length = 120)
    private String pickupCodeHash;
    @Column(name = "carrier", length = 64)
    private String carrier;
    @Column(name = "tracking_number", length = 64)
    private String trackingNumber;
    @Column(name = "redemption_entry_id", nullable = false)
    private long redemptionEntryId;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    /** DeliveryAddress.key of a courier order: the risk rules find one place across customers by it. */
    @Column(name = "address_key", length = 64)
    private String addressKey;
    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;
    @Column(name = "door_to_door", nullable = false)
    private boolean doorToDoor;
    @Column(name = "pickup_code_failures", nullable = false)
    private int pickupCodeFailures;
    @Column(name = "substitute_gift_id", length = 40)
    private String substituteGiftId;
    @Column(name = "substitute_offered_at")
    private Instant substituteOfferedAt;
    @Version
    @Column(name = "version", nullable = false)
    private long version;
    @OneToMany(mappedBy = "order", cascade = CascadeType.PERSIST, fetch = FetchType.EAGER)
    // ids come in blocks per server (V13), so time orders the steps; the id orders those of one transaction
    @OrderBy("at, id")
    private List<OrderStatusChange> history = new ArrayList<>();

    protected RedemptionOrder() {
    }

    /** A placed order: stock reserved at a location and points spent by the given ledger entry. */
    public RedemptionOrder(OrderId id, String partnerId, CustomerId customerId, GiftId giftId, int quantity,
                           Points pointsCharged, Fulfilment fulfilment, String stockLocation, long redemptionEntryId,
                           Instant now, String by) {
        this.id = id.value();
        this.partnerId = partnerId;
        this.customerId = customerId.value();
        this.giftId = giftId.value();
        this.quantity = quantity;
        this.pointsCharged = pointsCharged.value();
        this.channel = fulfilment.channel();
        this.branchCode = fulfilment.branchCode();
        this.address = fulfilment.address();
        this.addressKey = address == null ? null : address.key();
        this.stockLocation = stockLocation;
        this.redemptionEntryId = redemptionEntryId;
        this.createdAt = now;
        this.status = OrderStatus.PLACED;
        this.updatedAt = now;
        history.add(new OrderStatusChange(this, OrderStatus.PLACED, now, by, null));
    }

    /** An e-voucher is issued at once with its code; the order is then complete. */
    public void issueVoucher(String code, Instant now, String by) {
        moveTo(OrderStatus.ISSUED, now, by, null);
        this.voucherCode = code;
    }

    /**
     * A branch pickup carries a one-time code the customer shows at the branch. The order keeps
     * only its hash: the caller hands the code to the ordering partner once, in its answer, and
     * nobody can read it back. Only while the pickup is still to be collected.
     */
    public void issuePickupCode(String code) {
        if (channel != Channel.BRANCH_PICKUP) {
            throw new InvalidOrderStateException(Message.of("order.pickupCodeBranchOnly", id(), channel));
        }
        if (!hasLivePickup()) {
            throw new InvalidOrderStateException(Message.of("order.pickupCodeAfterCollection", id(), status));
        }
        if (code == null || !code.matches("^[0-9]{8}$")) {
            throw new IllegalArgumentException("a pickup code is 8 digits");
        }
        this.pickupCodeHash = PickupCodeHash.of(code);
        this.pickupCodeFailures = 0;
    }

    /**
     * A customer who lost the code gets a new one through the partner: the old code no longer opens
     * the pickup, and the count of wrong tries starts afresh (it guards a code, and the new one has
     * not been tried; a clerk cannot reissue, only the ordering partner can).
     */
    public void reissuePickupCode(String code, Instant now, String by) {
        // each reissue costs a deliberately slow hash and resets the wrong-try count: a few
        // suffice for a customer who lost a code, unlimited ones would be a lever for guessing
        long reissued = history.stream().filter(change -> REISSUE_NOTE.equals(change.storedReason())
                || OLD_REISSUE_NOTE.equals(change.storedReason())).count();
        if (reissued >= MAX_PICKUP_REISSUES) {
            throw new InvalidOrderStateException(Message.of("order.pickupCodeReissueLimit", id(),
                    String.valueOf(reissued)));
        }
        issuePickupCode(code);
        note(now, by, REISSUE_NOTE);
    }

    public static final int MAX_PICKUP_REISSUES = 5;
    private static final String REISSUE_NOTE = Message.of("history.pickupReissued").stored();
    /** The note as orders written before the message catalogue hold it. */
    private static final String OLD_REISSUE_NOTE = "pickup code reissued; the earlier one no longer opens the pickup";

    /** A branch pickup not yet collected, cancelled or failed: the only time its code means anything. */
    public boolean hasLivePickup() {
        return channel == Channel.BRANCH_PICKUP && (status == OrderStatus.PLACED || status == OrderStatus.ALLOCATED
                || status == OrderStatus.READY_FOR_PICKUP);
    }

    /** Whether a pickup code is live for this order (it has none before issue, after migration or once the order ends). */
    public boolean hasPickupCode() {
        return pickupCodeHash != null && hasLivePickup();
    }

    public void cancel(Instant now, String by, String reason) {
        moveTo(OrderStatus.CANCELLED, now, by, reason);
        pickupCodeHash = null;
        substituteGiftId = null;
        substituteOfferedAt = null;
    }

    /** Private-banking customers' courier deliveries go door to door (domain.md); set when the order is placed. */
    public void serveDoorToDoor() {
        if (channel != Channel.COURIER) {
            throw new IllegalStateException("only courier deliveries go door to door");
        }
        this.doorToDoor = true;
    }

    /**
     * Allocates the order to the location that will send or hand over the gift. A branch pickup is
     * allocated to its own branch; when its units were reserved at the central warehouse they are
     * transferred there, so the order's stock location becomes the branch (and units returned later
     * go back to the branch). The stock level itself does not change: the units were taken out of
     * the available stock when the order was placed.
     */
    public void allocateTo(String locationCode, Instant now, String by) {
        requireMove(OrderStatus.ALLOCATED);
        requireNoPendingSubstitute();
        if (channel == Channel.E_VOUCHER) {
            throw new InvalidOrderStateException(id(), "an e-voucher is issued, not allocated");
        }
        if (locationCode == null || locationCode.isBlank()) {
            throw new InvalidRequestException("location", "an allocation names a stock location");
        }
        if (channel == Channel.BRANCH_PICKUP && !locationCode.equals(branchCode)) {
            throw new InvalidRequestException("location",
                    Message.of("order.pickupBranchOnly", branchCode, locationCode));
        }
        String from = stockLocation;
        stockLocation = locationCode;
        moveTo(OrderStatus.ALLOCATED, now, by, from.equals(locationCode)
                ? Message.of("history.allocated", locationCode).stored()
                : Message.of("history.allocatedTransferred", locationCode, quantity, from).stored());
    }

    /** A courier order leaves with its carrier and tracking number. */
    public void ship(String carrier, String trackingNumber, Instant now, String by) {
        requireMove(OrderStatus.SHIPPED);
        requireNoPendingSubstitute();
        if (channel != Channel.COURIER) {
            throw new InvalidOrderStateException(Message.of("order.shipCourierOnly", id(), channel));
        }
        if (carrier == null || carrier.isBlank()) {
            throw new InvalidRequestException("carrier", "a shipment names its carrier");
        }
        if (trackingNumber == null || trackingNumber.isBlank()) {
            throw new InvalidRequestException("trackingNumber", "a shipment has a tracking number");
        }
        this.carrier = carrier.trim();
        this.trackingNumber = trackingNumber.trim();
        moveTo(OrderStatus.SHIPPED, now, by, Message.of("history.shipped", this.carrier, this.trackingNumber).stored());
    }

    /** The gift waits at the branch; from now on the customer's pickup code opens it. */
    public void readyForPickup(Instant now, String by) {
        requireMove(OrderStatus.READY_FOR_PICKUP);
        requireNoPendingSubstitute();
        if (channel != Channel.BRANCH_PICKUP) {
            throw new InvalidOrderStateException(Message.of("order.readyBranchOnly", id(), channel));
        }
        moveTo(OrderStatus.READY_FOR_PICKUP, now, by, Message.of("history.readyForPickup", stockLocation).stored());
    }

    /**
     * Hands the gift over at the branch when the customer's one-time code matches. A wrong code is
     * counted on the order (the caller must keep that count even though the hand-over is refused);
     * after {@value #PICKUP_CODE_TRIES} wrong codes the code is locked and even the right one is
     * refused, so the eight digits cannot be guessed at the counter.
     */
    public void handOver(String code, Instant now, String by) {
        requireMove(OrderStatus.COLLECTED);
        if (isPickupCodeLocked()) {
            throw new PickupCodeLockedException(id(), PICKUP_CODE_TRIES);
        }
        if (pickupCodeHash == null) {
            throw new InvalidOrderStateException(id(), "the order has no live pickup code; the partner issues the customer a new one");
        }
        if (!PickupCodeHash.matches(code, pickupCodeHash)) {
            pickupCodeFailures++;
            throw new WrongPickupCodeException(id(), PICKUP_CODE_TRIES - pickupCodeFailures);
        }
        moveTo(OrderStatus.COLLECTED, now, by, Message.of("history.handedOver", stockLocation).stored());
        pickupCodeHash = null;
    }

    /** The carrier (or staff on its word) confirms the gift reached the customer. */
    public void markDelivered(Instant now, String by, String reason) {
        moveTo(OrderStatus.DELIVERED, now, by, reason == null || reason.isBlank()
                ? Message.of("history.delivered").stored() : reason);
    }

    /** A carrier's "in transit" changes nothing, but only a shipped order is in transit. */
    public void confirmInTransit() {
        if (status != OrderStatus.SHIPPED) {
            throw new InvalidOrderStateException(Message.of("order.inTransitShippedOnly", id(), status));
        }
    }

    /** Fulfilment failed (lost, damaged, undeliverable): the order awaits its refund. */
    public void fail(String reason, Instant now, String by) {
        if (reason == null || reason.isBlank()) {
            throw new InvalidRequestException("reason", "a failure says why");
        }
        moveTo(OrderStatus.FAILED, now, by, reason);
        pickupCodeHash = null;
        substituteGiftId = null;
        substituteOfferedAt = null;
    }

    /** After a failure, once the points and the stock are back. */
    public void refund(Instant now, String by) {
        moveTo(OrderStatus.REFUNDED, now, by, Message.of("history.refunded", pointsCharged, quantity, stockLocation)
                .stored());
    }

    /**
     * Cancels a pickup the customer did not collect within the time limit of its state. Answers
     * false, changing nothing, when the order is no longer waiting or its time is not up yet: the
     * job that calls this re-checks under the order's row lock what it found without one.
     */
    public boolean cancelIfUncollected(FulfilmentDeadlines deadlines, Instant now, String by) {
        if (status != OrderStatus.READY_FOR_PICKUP || !deadlines.isOverdue(this, now)) {
            return false;
        }
        cancel(now, by, "not collected within " + deadlines.limitFor(status).orElseThrow());
        return true;
    }

    /**
     * Staff offer another gift when this one runs short. The substitute must cost no more than the
     * customer paid: the points charged stay as they are, a cheaper substitute refunds nothing.
     * It must also be offered through this partner and channel, be active, and be open to the
     * customer's service star level. The customer answers through the storefront; until then the
     * order does not move on (a newer offer replaces an older one).
     */
    public void offerSubstitute(Gift substitute, StarLevel customerLevel, Instant now, String by, String why) {
        if (!mayBeOfferedASubstitute()) {
            throw new InvalidOrderStateException(Message.of("order.substituteTooLate", id(), status));
        }
        var refusals = new ArrayList<Reason>();
        if (substitute.id().value().equals(giftId)) {
            refusals.add(new Reason("SAME_GIFT", "the substitute is the gift already ordered"));
        }
        if (!substitute.isActive()) {
            refusals.add(new Reason("GIFT_RETIRED", "the substitute is no longer offered"));
        }
        if (!substitute.channels().contains(channel)) {
            refusals.add(new Reason("CHANNEL_NOT_OFFERED", "the substitute is not delivered by " + channel));
        }
        if (!substitute.isOfferedBy(partnerId)) {
            refusals.add(new Reason("PARTNER_NOT_OFFERED", "the substitute is not offered through " + partnerId));
        }
        Points substitutePrice = substitute.pointsPrice().times(quantity);
        if (substitutePrice.isGreaterThan(pointsCharged())) {
            refusals.add(new Reason("PRICE_HIGHER", "the substitute costs "
                    + substitutePrice.value() + " points, more than the "
                    + pointsCharged + " charged"));
        }
        if (substitute.minStarLevel().number() > customerLevel.number()) {
            refusals.add(new Reason("STAR_LEVEL_TOO_LOW", "the substitute needs service star level "
                    + substitute.minStarLevel().number()));
        }
        if (!refusals.isEmpty()) {
            throw new SubstituteRefusedException(id(), refusals);
        }
        substituteGiftId = substitute.id().value();
        substituteOfferedAt = now;
        note(now, by, why == null || why.isBlank()
                ? Message.of("history.substituteOffered", substitute.id(), giftId).stored()
                : Message.of("history.substituteOfferedWhy", substitute.id(), giftId, why.trim()).stored());
    }

    /** The customer takes the substitute: the order is for it from now on. Answers the gift it replaced. */
    public GiftId acceptSubstitute(Instant now, String by) {
        String offered = requirePendingSubstitute();
        String replaced = giftId;
        giftId = offered;
        substituteGiftId = null;
        substituteOfferedAt = null;
        note(now, by, Message.of("history.substituteAccepted", offered, replaced).stored());
        return new GiftId(replaced);
    }

    /** The customer turns the substitute down: the order is cancelled, and the caller refunds it. */
    public void declineSubstitute(Instant now, String by) {
        String offered = requirePendingSubstitute();
        cancel(now, by, "substitute " + offered + " declined by the customer");
    }

    /*
     * What may happen next, for screens that offer only the steps that could succeed. Each answer
     * is the check its command makes before the command's own inputs (a location, a carrier, a
     * code) are looked at; the commands stay the last word.
     */

    /** A placed courier or pickup order not waiting on a substitute answer goes to a stock location. */
    public boolean mayBeAllocated() {
        return status.canMoveTo(OrderStatus.ALLOCATED) && channel != Channel.E_VOUCHER && !hasPendingSubstitute();
    }

    /** An allocated courier order not waiting on a substitute answer leaves with a carrier. */
    public boolean mayBeShipped() {
        return status.canMoveTo(OrderStatus.SHIPPED) && channel == Channel.COURIER && !hasPendingSubstitute();
    }

    /** An allocated branch pickup not waiting on a substitute answer may be put out at the branch. */
    public boolean mayBeMadeReadyForPickup() {
        return status.canMoveTo(OrderStatus.READY_FOR_PICKUP) && channel == Channel.BRANCH_PICKUP
                && !hasPendingSubstitute();
    }

    /**
     * A pickup waiting at the branch is handed over against its code. A locked code still answers
     * true: the step exists, and {@link #isPickupCodeLocked()} says why it is refused.
     */
    public boolean mayBeHandedOver() {
        return status.canMoveTo(OrderStatus.COLLECTED);
    }

    /** A shipped order is marked delivered on the carrier's word. */
    public boolean mayBeMarkedDelivered() {
        return status.canMoveTo(OrderStatus.DELIVERED);
    }

    /** Another gift may be offered only before this one has left: placed or allocated. */
    public boolean mayBeOfferedASubstitute() {
        return status == OrderStatus.PLACED || status == OrderStatus.ALLOCATED;
    }

    /** Any order still on its way may fail (lost, damaged, undeliverable). */
    public boolean mayFail() {
        return status.canMoveTo(OrderStatus.FAILED);
    }

    public boolean hasPendingSubstitute() {
        return substituteGiftId != null;
    }

    public boolean isPickupCodeLocked() {
        return pickupCodeFailures >= PICKUP_CODE_TRIES;
    }

    private String requirePendingSubstitute() {
        if (substituteGiftId == null) {
            throw new InvalidOrderStateException(id(), "no substitute offer awaits an answer");
        }
        return substituteGiftId;
    }

    private void requireNoPendingSubstitute() {
        if (substituteGiftId != null) {
            throw new InvalidOrderStateException(Message.of("order.substituteAwaitsAnswer", id(), substituteGiftId));
        }
    }

    private void requireMove(OrderStatus target) {
        if (!status.canMoveTo(target)) {
            throw new InvalidOrderStateException(id(), status, target);
        }
    }

    private void moveTo(OrderStatus target, Instant now, String by, String reason) {
        requireMove(target);
        status = target;
        updatedAt = now;
        history.add(new OrderStatusChange(this, target, now, by, reason));
    }

    /** A step in the history that changes no state: the time limit keeps running from the last move. */
    private void note(Instant now, String by, String reason) {
        history.add(new OrderStatusChange(this, status, now, by, reason));
    }

    public OrderStatusChange lastChange() {
        return history.getLast();
    }

    public OrderId id() { return new OrderId(id); }
    public String partnerId() { return partnerId; }
    public CustomerId customerId() { return new CustomerId(customerId); }
    public GiftId giftId() { return new GiftId(giftId); }
    public int quantity() { return quantity; }
    public Points pointsCharged() { return Points.of(pointsCharged); }
    public OrderStatus status() { return status; }
    public Channel channel() { return channel; }
    public String branchCode() { return branchCode; }
    public DeliveryAddress address() { return address; }
    public String stockLocation() { return stockLocation; }
    public String voucherCode() { return voucherCode; }
    public String carrier() { return carrier; }
    public String trackingNumber() { return trackingNumber; }
    public long redemptionEntryId() { return redemptionEntryId; }
    public Instant createdAt() { return createdAt; }
    public String addressKey() { return addressKey; }
    public Instant updatedAt() { return updatedAt; }
    /** When the order entered its current state: what its time limit runs from. */
    public Instant statusChangedAt() { return updatedAt; }
    public boolean isDoorToDoor() { return doorToDoor; }
    public int pickupCodeFailures() { return pickupCodeFailures; }
    public String substituteGiftId() { return substituteGiftId; }
    public Instant substituteOfferedAt() { return substituteOfferedAt; }
    public List<OrderStatusChange> history() { return Collections.unmodifiableList(history); }
}
