package io.jifen.procurement;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;
/** Approving the order would take committed plus spent beyond what the budget allows. */
public class BudgetExceededException extends DomainException {
    private final boolean reserveWouldCover;

    public BudgetExceededException(String period, String amount, String available, boolean reserveWouldCover) {
        super(ErrorCode.INVALID_STATE, "the order of " + amount + " exceeds the budget " + period + " (available "
                + available + ")" + (reserveWouldCover
                ? "; an admin may approve it on the contingency reserve with a reason" : "; even the reserve is too small"));
        this.reserveWouldCover = reserveWouldCover;
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason(reserveWouldCover ? "BUDGET_EXCEEDED_RESERVE_AVAILABLE" : "BUDGET_EXCEEDED",
                getMessage()));
    }
}
