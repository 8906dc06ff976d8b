package io.jifen.catalog;

import io.jifen.shared.Message;
import io.jifen.shared.GiftId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class OutOfStockException extends DomainException {
    public OutOfStockException(GiftId giftId, String location) {
        super(ErrorCode.OUT_OF_STOCK, Message.of("outOfStock", giftId, location));
    }
}
