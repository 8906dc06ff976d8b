package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

public class UnknownCampaignException extends DomainException {
    public UnknownCampaignException(String id) {
        super(ErrorCode.NOT_FOUND, Message.of("unknown.campaign", id));
    }
}
