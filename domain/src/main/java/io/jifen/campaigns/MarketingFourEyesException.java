package io.jifen.campaigns;

import io.jifen.shared.Message;
import io.jifen.shared.FourEyesRefusal;

/** The proposer of an earning rule's version or a trigger tried to decide on it: a second person decides. */
public class MarketingFourEyesException extends FourEyesRefusal {
    public MarketingFourEyesException(String what, String actor) {
        super(Message.of("fourEyes.marketing", actor, what));
    }
}
