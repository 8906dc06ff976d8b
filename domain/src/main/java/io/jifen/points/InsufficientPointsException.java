package io.jifen.points;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class InsufficientPointsException extends DomainException {
    public InsufficientPointsException(long wanted, long available) {
        super(ErrorCode.INSUFFICIENT_POINTS, "needs " + wanted + " points, the balance is " + available);
    }
}
