package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;

/** The campaign is not in a state that allows the action (e.g. approving a draft, stopping an ended campaign). */
public class InvalidCampaignStateException extends DomainException {
    public InvalidCampaignStateException(String campaignId, CampaignStatus from, String action) {
        super(ErrorCode.INVALID_STATE, Message.of("campaign.invalidStep", campaignId, from, action));
    }
}
