package io.jifen.webhooks;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownWebhookEndpointException extends DomainException {
    public UnknownWebhookEndpointException(long endpointId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.webhookEndpoint", endpointId));
    }
}
