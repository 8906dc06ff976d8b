package io.jifen.api.orders;

import io.jifen.catalog.Channel;
import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.PersonalDataPolicy.Visibility;
import io.jifen.customers.application.PersonalDataAccess.Lens;
import io.jifen.orders.OrderStatus;
import io.jifen.orders.RedemptionOrder;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Orders as partners see them (api.md), personal data and codes as the caller may see them. */
public final class OrderViews {
    /** The personal data an order shows: what a lens over orders must be asked for. */
    public static final Set<Field> ORDER_FIELDS = Set.of(Field.COURIER_RECIPIENT, Field.COURIER_PHONE,
            Field.COURIER_ADDRESS);

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

    /**
     * An order. The codes are the customer's secrets, shown only to the partner that placed the
     * order: the voucher code on every read; the pickup code and its QR image (a {@code data:} URI)
     * only in the answer that issues it (placing the order, or a reissue), since the server keeps
     * no more than its hash. {@code pickupCodeIssued} says whether a live code exists.
     */
    public record OrderView(String id, String customerId, String giftId, int quantity, long pointsCharged,
                            OrderStatus status, FulfilmentView fulfilment, String voucherCode, String pickupCode,
                            String pickupQrImage, Boolean pickupCodeIssued, String carrier, String trackingNumber,
                            boolean doorToDoor, SubstituteOfferView substituteOffer, Instant createdAt,
                            List<HistoryView> history) {

        /**
         * @param viewerPartner the partner asking, or null for everyone else (staff see no code)
         * @param issuedPickupCode a pickup code just issued, in clear, or null
         */
        public static OrderView of(RedemptionOrder order, Lens lens, String viewerPartner, String issuedPickupCode) {
            boolean owner = viewerPartner != null && viewerPartner.equals(order.partnerId());
            boolean voucherShown = owner && lens.visibility(Field.VOUCHER_CODE) == Visibility.WHOLE;
            boolean pickupShown = owner && lens.visibility(Field.PICKUP_CODE) == Visibility.WHOLE
                    && issuedPickupCode != null && order.hasPickupCode();
            return new OrderView(order.id().value(), order.customerId().value(), order.giftId().value(), order.quantity(),
                    order.pointsCharged().value(), order.status(),
                    new FulfilmentView(order.channel(), order.branchCode(), address(order, lens)),
                    voucherShown ? order.voucherCode() : null,
                    pickupShown ? issuedPickupCode : null,
                    pickupShown ? PickupQr.dataUri(order.id().value(), issuedPickupCode) : null,
                    order.channel() == Channel.BRANCH_PICKUP ? order.hasPickupCode() : null,
                    order.carrier(), order.trackingNumber(),
                    order.isDoorToDoor(), SubstituteOfferView.of(order), order.createdAt(), order.history().stream()
                            .map(h -> new HistoryView(h.status(), h.at(), h.by(), h.reason())).toList());
        }

        private static AddressView address(RedemptionOrder order, Lens lens) {
            var a = order.address();
            if (a == null || a.recipient() == null) {
                return null;
            }
            return new AddressView(lens.show(Field.COURIER_RECIPIENT, a.recipient()),
                    lens.show(Field.COURIER_PHONE, a.phone()), lens.show(Field.COURIER_ADDRESS, a.line1()),
                    a.city(), a.postalCode());
        }
    }
}
