package io.jifen.api.orders;

import io.jifen.catalog.Channel;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import java.time.Instant;
import java.util.List;

/** Orders as partners see them (api.md). */
public final class OrderViews {
    private OrderViews() {
    }

    public record AddressView(String recipient, String phone, String line1, String city, String postalCode) {
    }

    public record FulfilmentView(Channel channel, String branchCode, AddressView address) {
    }

    public record HistoryView(OrderStatus status, Instant at, String by, String reason) {
    }

    /** A substitute gift staff offered, awaiting the customer's answer (accept or decline). */
    public record SubstituteOfferView(String giftId, Instant offeredAt) {
        static SubstituteOfferView of(RedemptionOrder order) {
            return order.substituteGiftId() == null ? null
                    : new SubstituteOfferView(order.substituteGiftId(), order.substituteOfferedAt());
        }
    }

    public record OrderView(String id, String customerId, String giftId, int quantity, long pointsCharged,
                            OrderStatus status, FulfilmentView fulfilment, String voucherCode, String pickupCode,
                            String carrier, String trackingNumber, boolean doorToDoor,
                            SubstituteOfferView substituteOffer, Instant createdAt, List<HistoryView> history) {
        public static OrderView of(RedemptionOrder order) {
            var a = order.address();
            var address = a == null || a.recipient() == null ? null
                    : new AddressView(a.recipient(), a.phone(), a.line1(), a.city(), a.postalCode());
            return new OrderView(order.id(), order.customerId(), order.giftId(), order.quantity(),
                    order.pointsCharged(), order.status(),
                    new FulfilmentView(order.channel(), order.branchCode(), address),
                    order.voucherCode(), order.pickupCode(), order.carrier(), order.trackingNumber(),
                    order.isDoorToDoor(), SubstituteOfferView.of(order), order.createdAt(), order.history().stream()
                            .map(h -> new HistoryView(h.status(), h.at(), h.by(), h.reason())).toList());
        }
    }
}
