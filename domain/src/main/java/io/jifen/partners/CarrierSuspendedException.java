package io.jifen.partners;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class CarrierSuspendedException extends DomainException {
    public CarrierSuspendedException(String carrierId) {
        super(ErrorCode.INVALID_STATE, Message.of("carrierSuspended", carrierId));
    }
}
