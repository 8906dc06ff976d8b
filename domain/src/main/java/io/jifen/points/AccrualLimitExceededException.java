package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/**
 * One accrual would credit more points, or report a larger amount, than the bank lets a machine
 * credit on its own: a wrong decimal point in core banking, or a fraud. Nothing is credited;
 * staff get an alert and decide.
 */
public class AccrualLimitExceededException extends DomainException {
    public AccrualLimitExceededException(String sourceTxnId, String what) {
        super(ErrorCode.ACCRUAL_LIMIT_EXCEEDED, Message.of("accrualLimitExceeded", sourceTxnId, what));
    }
}
