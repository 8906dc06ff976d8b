package io.jifen.points;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownAccrualException extends DomainException {
    public UnknownAccrualException(String sourceTxnId) {
        super(ErrorCode.NOT_FOUND, "no accrual for source transaction " + sourceTxnId);
    }
}
