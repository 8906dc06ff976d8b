package io.jifen.points;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** A source transaction id reported again with other details: not a retry, so refused. */
public class DuplicateTransactionException extends DomainException {
    public DuplicateTransactionException(String sourceTxnId) {
        super(ErrorCode.IDEMPOTENCY_CONFLICT,
                Message.of("duplicateTransaction", sourceTxnId));
    }
}
