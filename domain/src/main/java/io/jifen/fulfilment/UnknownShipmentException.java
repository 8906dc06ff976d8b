package io.jifen.fulfilment;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownShipmentException extends DomainException {
    public UnknownShipmentException(String trackingNumber) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.shipment", trackingNumber));
    }
}
