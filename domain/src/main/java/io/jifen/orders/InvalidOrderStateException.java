package io.jifen.orders;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class InvalidOrderStateException extends DomainException {
    public InvalidOrderStateException(String orderId, OrderStatus from, OrderStatus to) {
        super(ErrorCode.INVALID_STATE, "order " + orderId + " cannot go from " + from + " to " + to);
    }
}
