package io.jifen.orders;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownOrderException extends DomainException {
    public UnknownOrderException(String orderId) {
        super(ErrorCode.NOT_FOUND, "no order " + orderId);
    }
}
