package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.FourEyesRefusal;

/** The requester of an adjustment tried to decide on it: a second person approves or rejects. */
public class AdjustmentFourEyesException extends FourEyesRefusal {
    public AdjustmentFourEyesException(String requestId, String actor) {
        super(Message.of("fourEyes.adjustment", actor, requestId));
    }
}
