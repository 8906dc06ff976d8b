package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** No budget for that period. */
public class UnknownBudgetException extends DomainException {
    public UnknownBudgetException(String period) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.budget", period));
    }
}
