package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.shared.FourEyesRefusal;

/** The creator of a campaign tried to decide on it: a second person approves or rejects (four eyes). */
public class CampaignFourEyesException extends FourEyesRefusal {
    public CampaignFourEyesException(String campaignId, String actor) {
        super(Message.of("fourEyes.campaign", actor, campaignId));
    }
}
