package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** An order cannot be approved while its period has no budget: nothing was allocated to spend. */
public class NoBudgetException extends DomainException {
    public NoBudgetException(String period) {
        super(ErrorCode.INVALID_STATE, Message.of("noBudget", period));
    }
}
