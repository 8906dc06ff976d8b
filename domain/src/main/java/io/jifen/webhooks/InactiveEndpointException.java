package io.jifen.webhooks;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** A deactivated endpoint receives nothing, replays included. */
public class InactiveEndpointException extends DomainException {
    public InactiveEndpointException(long endpointId) {
        super(ErrorCode.INVALID_STATE, Message.of("inactiveEndpoint", endpointId));
    }
}
