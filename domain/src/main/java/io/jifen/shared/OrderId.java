package io.jifen.shared;

import java.util.Objects;

/**
 * A redemption order's id, as RedemptionOrder.newId() makes it. The API checks its shape at the edge; this type keeps orders and fulfilment from taking
 * some other String for it (ids of different things were all bare Strings), and refuses a missing or
 * blank one. toString is the bare id, so messages and audit texts read as before.
 */
public record OrderId(String value) {
    public OrderId {
        Objects.requireNonNull(value, "orderId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a order id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
