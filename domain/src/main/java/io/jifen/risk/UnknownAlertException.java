package io.jifen.risk;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownAlertException extends DomainException {
    public UnknownAlertException(String id) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.alert", id));
    }
}
