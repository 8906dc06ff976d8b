package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownOrderException extends DomainException {
    public UnknownOrderException(OrderId orderId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.order", orderId));
    }

    /** An id that could not even be a order's (blank, as a path may carry it) names no order either. */
    public UnknownOrderException(String orderId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.order", orderId));
    }
}
