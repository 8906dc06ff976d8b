package io.jifen.webhooks;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** Only a parked delivery can be replayed: a pending one is still being tried, a delivered one arrived. */
public class DeliveryNotParkedException extends DomainException {
    public DeliveryNotParkedException(Long deliveryId, DeliveryStatus status) {
        super(ErrorCode.INVALID_STATE, Message.of("deliveryNotParked", String.valueOf(deliveryId), status));
    }
}
