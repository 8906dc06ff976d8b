package io.jifen.fulfilment;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The same carrier event arrived for another shipment while it was being applied. */
public class DuplicateCarrierEventException extends DomainException {
    public DuplicateCarrierEventException(String carrier, String eventId) {
        super(ErrorCode.INVALID_STATE, Message.of("duplicateCarrierEvent", eventId, carrier));
    }
}
