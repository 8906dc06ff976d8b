package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** No purchase order with that id. */
public class UnknownPurchaseOrderException extends DomainException {
    public UnknownPurchaseOrderException(String id) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.purchaseOrder", id));
    }
}
