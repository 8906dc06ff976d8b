package io.jifen.shared;

import java.util.Objects;

/**
 * A customer's id as core banking issues it (C-0001, C-DEMO-001). The API checks its shape at the edge; this type keeps customers, points, orders and fulfilment from taking
 * some other String for it (ids of different things were all bare Strings), and refuses a missing or
 * blank one. toString is the bare id, so messages and audit texts read as before.
 */
public record CustomerId(String value) {
    public CustomerId {
        Objects.requireNonNull(value, "customerId");
        if (value.isBlank()) {
            throw new IllegalArgumentException("a customer id is not blank");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
