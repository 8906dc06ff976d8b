package io.jifen.orders;

import io.jifen.shared.Message;
import io.jifen.shared.OrderId;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Reason;
import java.util.List;

/**
 * The code entered at the branch is not the order's pickup code. It is bad input to correct (400,
 * on the field {@code pickupCode}), but it is counted: the service keeps the count although it
 * refuses the hand-over.
 */
public class WrongPickupCodeException extends InvalidRequestException {
    private final int triesLeft;

    public WrongPickupCodeException(OrderId orderId, int triesLeft) {
        super("pickupCode", triesLeft > 0
                ? Message.of("pickupCode.wrong", orderId, String.valueOf(triesLeft))
                : Message.of("pickupCode.wrongLocked", orderId));
        this.triesLeft = triesLeft;
    }

    public int triesLeft() {
        return triesLeft;
    }

    @Override
    public List<Reason> reasons() {
        return List.of(triesLeft > 0
                ? new Reason("PICKUP_CODE_WRONG", triesLeft + " tries left")
                : new Reason("PICKUP_CODE_LOCKED", "too many wrong codes"));
    }
}
