package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.FourEyesRefusal;

/** The approver submitted the order: a second person must approve it (four eyes). A rule, so 409. */
public class FourEyesException extends FourEyesRefusal {
    public FourEyesException(String orderId, String actor) {
        super(Message.of("fourEyes.purchaseOrder", actor, orderId));
    }
}
