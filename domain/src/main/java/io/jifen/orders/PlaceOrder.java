package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.CustomerId;
import io.jifen.shared.GiftId;
import io.jifen.shared.InvalidRequestException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** A partner's request to redeem, with the idempotency key it may be retried under. */
public record PlaceOrder(String partnerId, String idempotencyKey, CustomerId customerId, GiftId giftId, int quantity,
                         Fulfilment fulfilment, String placedBy) {
    /** The most units of one gift a single order may redeem. */
    public static final int MAX_QUANTITY = 10;

    public PlaceOrder {
        if (quantity < 1 || quantity > MAX_QUANTITY) {
            throw new InvalidRequestException("quantity", Message.of("order.quantityRange", String.valueOf(MAX_QUANTITY)));
        }
    }

    /** What "the same request" means for an idempotent retry: every field the customer chose. */
    public String fingerprint() {
        var address = fulfilment.address();
        String canonical = String.join("\u001f", customerId.value(), giftId.value(), Integer.toString(quantity),
                fulfilment.channel().name(), String.valueOf(fulfilment.branchCode()),
                address == null ? "" : String.join("\u001e", address.recipient(), address.phone(), address.line1(),
                        address.city(), address.postalCode()));
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(canonical.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }
}
