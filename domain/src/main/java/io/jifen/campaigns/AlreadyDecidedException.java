package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.shared.Approval;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** An earning rule's version or a trigger was approved or rejected already: the first decision stands. */
public class AlreadyDecidedException extends DomainException {
    public AlreadyDecidedException(String what, Approval approval) {
        super(ErrorCode.INVALID_STATE, Message.of("alreadyDecided", what, approval));
    }
}
