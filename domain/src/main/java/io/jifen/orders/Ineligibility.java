package io.jifen.orders;

import io.jifen.shared.Reason;

/** Each rule of domain.md's "Eligibility to redeem" that can refuse a redemption. */
public enum Ineligibility {
    BELOW_MINIMUM_BALANCE("the balance is below the minimum for redeeming"),
    INSUFFICIENT_POINTS("the balance is below the price"),
    BLACKLISTED("the customer may not redeem"),
    DORMANT("the customer's relationship is dormant"),
    CLOSED("the customer's relationship is closed"),
    CREDIT_RATING_TOO_LOW("the gift requires a better credit rating"),
    STAR_LEVEL_TOO_LOW("the gift requires a higher star level"),
    MONTHLY_QUOTA_EXCEEDED("this would exceed the customer's redemption quota for the month"),
    OUT_OF_STOCK("the gift is out of stock"),
    NOT_OFFERED_BY_PARTNER("the gift is not offered through this storefront"),
    CHANNEL_NOT_AVAILABLE("the gift cannot be delivered through this channel"),
    GIFT_RETIRED("the gift is no longer offered"),
    UNDER_REVIEW("the customer's redemptions are on hold while an alert is investigated");

    private final String message;

    Ineligibility(String message) {
        this.message = message;
    }

    public Reason reason() {
        return new Reason(name(), message);
    }

    /** Reasons about the customer's points alone (answered as INSUFFICIENT_POINTS, not NOT_ELIGIBLE). */
    public boolean isAboutPoints() {
        return this == BELOW_MINIMUM_BALANCE || this == INSUFFICIENT_POINTS;
    }
}
