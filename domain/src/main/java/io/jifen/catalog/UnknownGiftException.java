package io.jifen.catalog;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownGiftException extends DomainException {
    public UnknownGiftException(GiftId giftId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.gift", giftId));
    }

    /** An id that could not even be a gift's (blank, as a path may carry it) names no gift either. */
    public UnknownGiftException(String giftId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.gift", giftId));
    }
}
