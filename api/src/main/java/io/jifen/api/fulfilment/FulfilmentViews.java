package io.jifen.api.fulfilment;

import io.jifen.api.orders.OrderViews.FulfilmentView;
import io.jifen.api.orders.OrderViews.HistoryView;
import io.jifen.api.orders.OrderViews.OrderView;
import io.jifen.api.orders.OrderViews.SubstituteOfferView;
import io.jifen.catalog.Channel;
import io.jifen.customers.application.PersonalDataAccess.Lens;
import io.jifen.fulfilment.CarrierStatus;
import io.jifen.fulfilment.application.CarrierUpdates;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import io.jifen.fulfilment.application.FulfilmentBoard.BoardEntry;
import java.time.Instant;
import java.util.List;

/** What the fulfilment back office and carriers see. */
public final class FulfilmentViews {
    private FulfilmentViews() {
    }

    /**
     * An order as back-office staff see it: what GET /api/v1/orders/{orderId} shows them (no voucher
     * or pickup code: those are the customer's, and the clerk must be shown the pickup code, not
     * read it), plus where its units are held, when it entered its state and the state of its
     * pickup code (issued, wrong tries, locked).
     */
    public record StaffOrderView(String id, String customerId, String partnerId, String giftId, int quantity,
                                 long pointsCharged, OrderStatus status, FulfilmentView fulfilment,
                                 Boolean pickupCodeIssued, String carrier, String trackingNumber, boolean doorToDoor,
                                 SubstituteOfferView substituteOffer, String stockLocation, Instant statusChangedAt,
                                 int pickupCodeFailures, boolean pickupCodeLocked, Instant createdAt,
                                 List<HistoryView> history) {
        static StaffOrderView of(RedemptionOrder order, Lens lens) {
            var view = OrderView.of(order, lens, null, null);
            return new StaffOrderView(view.id(), view.customerId(), order.partnerId(), view.giftId(), view.quantity(),
                    view.pointsCharged(), view.status(), view.fulfilment(), view.pickupCodeIssued(),
                    view.carrier(), view.trackingNumber(), view.doorToDoor(), view.substituteOffer(),
                    order.stockLocation(), order.statusChangedAt(), order.pickupCodeFailures(),
                    order.isPickupCodeLocked(), view.createdAt(), view.history());
        }
    }

    /** A line of the fulfilment board or of the overdue list. */
    public record BoardLineView(String id, String customerId, String partnerId, String giftId, String giftName,
                                int quantity, long pointsCharged, OrderStatus status, Channel channel,
                                String branchCode, String stockLocation, boolean doorToDoor, boolean overdue,
                                Instant statusChangedAt, Instant dueBy, Instant createdAt) {
        static BoardLineView of(BoardEntry entry, boolean english) {
            var order = entry.order();
            return new BoardLineView(order.id().value(), order.customerId().value(), order.partnerId(), order.giftId().value(),
                    entry.gift().name(english), order.quantity(), order.pointsCharged().value(), order.status(),
                    order.channel(), order.branchCode(), order.stockLocation(), order.isDoorToDoor(), entry.overdue(),
                    order.statusChangedAt(), entry.dueBy(), order.createdAt());
        }
    }

    /** A carrier's update as applied (or found applied before: {@code duplicate}). */
    public record CarrierEventView(String eventId, String trackingNumber, String orderId, CarrierStatus status,
                                   Instant at, String note, Instant receivedAt, OrderStatus orderStatus,
                                   boolean duplicate) {
        static CarrierEventView of(CarrierUpdates.Outcome outcome) {
            var event = outcome.event();
            return new CarrierEventView(event.eventId(), event.trackingNumber(), event.orderId(), event.status(),
                    event.occurredAt(), event.note(), event.receivedAt(), outcome.order().status(), !outcome.applied());
        }
    }

    public record PickupExpiryRunView(int cancelled, List<String> orderIds) {
    }
}
