package io.jifen.customers;

import io.jifen.shared.Message;
import io.jifen.shared.CustomerId;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownCustomerException extends DomainException {
    public UnknownCustomerException(CustomerId customerId) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.customer", customerId));
    }
}
