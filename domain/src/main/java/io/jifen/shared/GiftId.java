package io.jifen.shared;

import java.util.Objects;

/**
 * A gift's id in the catalog (G-0001). The API checks its shape at the edge; this type keeps catalog, orders and fulfilment from taking
 * some other String for it (ids of different things were all bare Strings), and refuses a missing or
 * blank one. toString is the bare id, so messages and audit texts read as before.
 */
public record GiftId(String value) {
    public GiftId {
        Objects.requireNonNull(value, "giftId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a gift id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
