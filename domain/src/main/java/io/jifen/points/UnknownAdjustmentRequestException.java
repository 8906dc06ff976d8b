package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownAdjustmentRequestException extends DomainException {
    public UnknownAdjustmentRequestException(String id) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.adjustmentRequest", id));
    }
}
