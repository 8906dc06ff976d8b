package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownAccrualException extends DomainException {
    public UnknownAccrualException(String sourceTxnId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.accrual", sourceTxnId));
    }
}
