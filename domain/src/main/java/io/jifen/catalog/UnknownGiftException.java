package io.jifen.catalog;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownGiftException extends DomainException {
    public UnknownGiftException(String giftId) {
        super(ErrorCode.NOT_FOUND, "no gift " + giftId);
    }
}
