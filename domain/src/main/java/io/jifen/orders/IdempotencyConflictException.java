package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The same idempotency key came back with a different request: it is not a retry. */
public class IdempotencyConflictException extends DomainException {
    public IdempotencyConflictException(String key) {
        super(ErrorCode.IDEMPOTENCY_CONFLICT, Message.of("idempotencyConflict", key));
    }
}
