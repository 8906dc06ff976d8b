package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;

/** Too many wrong codes were entered: the order cannot be handed over, whatever code comes next. */
public class PickupCodeLockedException extends DomainException {
    public PickupCodeLockedException(OrderId orderId, int tries) {
        super(ErrorCode.INVALID_STATE, Message.of("pickupCodeLocked", orderId, tries));
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason("PICKUP_CODE_LOCKED", "too many wrong codes"));
    }
}
