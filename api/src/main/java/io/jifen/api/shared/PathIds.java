package io.jifen.api.shared;

import io.jifen.catalog.UnknownGiftException;
import io.jifen.orders.UnknownOrderException;
import io.jifen.shared.GiftId;
import io.jifen.shared.OrderId;

/**
 * Typed ids from a path segment. A blank segment (a space) is no id at all, so it answers "not
 * found", the 404 it got when the services still took Strings, rather than the type's refusal.
 * Customer ids need no such help: their paths already check the id's shape.
 */
public final class PathIds {
    private PathIds() {
    }

    public static GiftId gift(String giftId) {
        if (giftId == null || giftId.isBlank()) {
            throw new UnknownGiftException(giftId);
        }
        return new GiftId(giftId);
    }

    public static OrderId order(String orderId) {
        if (orderId == null || orderId.isBlank()) {
            throw new UnknownOrderException(orderId);
        }
        return new OrderId(orderId);
    }
}
