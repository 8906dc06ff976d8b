package io.jifen.shared.security;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class AccessDeniedException extends DomainException {
    public AccessDeniedException(String actor, String operation) {
        super(ErrorCode.FORBIDDEN, Message.of("accessDenied", actor, operation));
    }
}
