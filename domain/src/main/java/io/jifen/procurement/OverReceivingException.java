package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;
/** More units received on a line than are still outstanding. */
public class OverReceivingException extends DomainException {
    public OverReceivingException(String orderId, int lineNo, int outstanding, int received) {
        super(ErrorCode.INVALID_STATE, Message.of("overReceiving", lineNo, orderId, outstanding, received));
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason("OVER_RECEIVING", getMessage()));
    }
}
