package io.jifen.webhooks;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownWebhookDeliveryException extends DomainException {
    public UnknownWebhookDeliveryException(long deliveryId) {
        super(ErrorCode.NOT_FOUND, "no webhook delivery " + deliveryId);
    }
}
