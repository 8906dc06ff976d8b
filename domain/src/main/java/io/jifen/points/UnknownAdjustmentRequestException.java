package io.jifen.points;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownAdjustmentRequestException extends DomainException {
    public UnknownAdjustmentRequestException(String id) {
        super(ErrorCode.NOT_FOUND, "no adjustment request " + id);
    }
}
