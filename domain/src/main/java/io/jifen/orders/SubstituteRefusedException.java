package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;

/** The gift staff chose cannot stand in for the ordered one; each broken rule is a reason. */
public class SubstituteRefusedException extends DomainException {
    private final List<Reason> reasons;

    public SubstituteRefusedException(OrderId orderId, List<Reason> reasons) {
        super(ErrorCode.NOT_ELIGIBLE, Message.of("substituteRefused", orderId,
                String.join("; ", reasons.stream().map(Reason::message).toList())));
        this.reasons = List.copyOf(reasons);
    }

    @Override
    public List<Reason> reasons() {
        return reasons;
    }
}
