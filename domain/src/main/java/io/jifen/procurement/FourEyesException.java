package io.jifen.procurement;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;
/** The approver submitted the order: a second person must approve it (four eyes). A rule, so 409. */
public class FourEyesException extends DomainException {
    public FourEyesException(String orderId, String actor) {
        super(ErrorCode.INVALID_STATE, actor + " submitted purchase order " + orderId
                + " and may not approve it too: a second person approves");
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason("FOUR_EYES", getMessage()));
    }
}
