package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** A step the order's state, or its delivery channel, does not allow. */
public class InvalidOrderStateException extends DomainException {
    public InvalidOrderStateException(OrderId orderId, OrderStatus from, OrderStatus to) {
        super(ErrorCode.INVALID_STATE, Message.of("order.invalidStep", orderId, from, to));
    }

    public InvalidOrderStateException(OrderId orderId, String why) {
        super(ErrorCode.INVALID_STATE, Message.of("order.refused", orderId, why));
    }

    /** A reason of its own in the catalogue, naming the order and the values it refers to. */
    public InvalidOrderStateException(Message reason) {
        super(ErrorCode.INVALID_STATE, reason);
    }
}
