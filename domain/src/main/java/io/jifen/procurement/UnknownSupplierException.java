package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** No supplier with that id. */
public class UnknownSupplierException extends DomainException {
    public UnknownSupplierException(String id) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.supplier", id));
    }
}
