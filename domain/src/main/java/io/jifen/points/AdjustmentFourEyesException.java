package io.jifen.points;

import io.jifen.shared.FourEyesRefusal;

/** The requester of an adjustment tried to decide on it: a second person approves or rejects. */
public class AdjustmentFourEyesException extends FourEyesRefusal {
    public AdjustmentFourEyesException(String requestId, String actor) {
        super(actor + " requested adjustment " + requestId + " and may not decide on it: a second person decides");
    }
}
