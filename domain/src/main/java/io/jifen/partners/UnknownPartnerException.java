package io.jifen.partners;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownPartnerException extends DomainException {
    public UnknownPartnerException(String partnerId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.partner", partnerId));
    }
}
