package io.jifen.partners;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownCarrierException extends DomainException {
    public UnknownCarrierException(String carrierId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.carrier", carrierId));
    }
}
