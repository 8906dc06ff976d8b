package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;
/** Approving the order would take committed plus spent beyond what the budget allows. */
public class BudgetExceededException extends DomainException {
    private final boolean reserveWouldCover;

    public BudgetExceededException(String period, String amount, String available, boolean reserveWouldCover) {
        super(ErrorCode.INVALID_STATE, Message.of(reserveWouldCover ? "budgetExceeded.reserve" : "budgetExceeded", amount, period, available));
        this.reserveWouldCover = reserveWouldCover;
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason(reserveWouldCover ? "BUDGET_EXCEEDED_RESERVE_AVAILABLE" : "BUDGET_EXCEEDED",
                getMessage()));
    }
}
