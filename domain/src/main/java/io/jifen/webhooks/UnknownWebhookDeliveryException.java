package io.jifen.webhooks;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownWebhookDeliveryException extends DomainException {
    public UnknownWebhookDeliveryException(long deliveryId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.webhookDelivery", String.valueOf(deliveryId)));
    }
}
