package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.Points;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class InsufficientPointsException extends DomainException {
    public InsufficientPointsException(Points wanted, Points available) {
        super(ErrorCode.INSUFFICIENT_POINTS, Message.of("insufficientPoints", wanted, available));
    }
}
