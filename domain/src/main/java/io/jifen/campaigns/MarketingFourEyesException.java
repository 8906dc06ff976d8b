package io.jifen.campaigns;

import io.jifen.shared.FourEyesRefusal;

/** The proposer of an earning rule's version or a trigger tried to decide on it: a second person decides. */
public class MarketingFourEyesException extends FourEyesRefusal {
    public MarketingFourEyesException(String what, String actor) {
        super(actor + " proposed " + what + " and may not decide on it: a second person decides");
    }
}
