package io.jifen.campaigns;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.List;

/** The creator of a campaign tried to decide on it: a second person approves or rejects (four eyes). */
public class CampaignFourEyesException extends DomainException {
    public CampaignFourEyesException(String campaignId, String actor) {
        super(ErrorCode.INVALID_STATE, actor + " created campaign " + campaignId
                + " and may not approve or reject it: a second person decides");
    }

    @Override
    public List<Reason> reasons() {
        return List.of(new Reason("FOUR_EYES", getMessage()));
    }
}
