package io.jifen.procurement;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The order is not in a state that allows the action (e.g. approving a draft, receiving a cancelled order). */
public class InvalidPurchaseOrderStateException extends DomainException {
    public InvalidPurchaseOrderStateException(String orderId, PurchaseOrderStatus from, String action) {
        super(ErrorCode.INVALID_STATE, Message.of("purchaseOrder.invalidStep", orderId, from, action));
    }
}
