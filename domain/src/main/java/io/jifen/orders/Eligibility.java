package io.jifen.orders;

import io.jifen.shared.Points;
import io.jifen.customers.CustomerStatus;
import java.util.ArrayList;
import java.util.List;

/**
 * Who may redeem what: every rule of domain.md's "Eligibility to redeem", in one place, used both
 * to mark catalog items redeemable and to refuse an order. Answers every reason that applies,
 * so a storefront can show them all at once.
 */
public final class Eligibility {
    private final RedemptionPolicy policy;

    public Eligibility(RedemptionPolicy policy) {
        this.policy = policy;
    }

    public List<Ineligibility> check(RedemptionRequest request) {
        List<Ineligibility> reasons = new ArrayList<>();
        var customer = request.customer();
        var gift = request.gift();
        if (!gift.isActive()) {
            reasons.add(Ineligibility.GIFT_RETIRED);
        }
        if (!gift.isOfferedBy(request.partner())) {
            reasons.add(Ineligibility.NOT_OFFERED_BY_PARTNER);
        }
        if (request.channel() != null && !gift.channels().contains(request.channel())) {
            reasons.add(Ineligibility.CHANNEL_NOT_AVAILABLE);
        }
        if (customer.isBlacklisted()) {
            reasons.add(Ineligibility.BLACKLISTED);
        }
        if (customer.status() == CustomerStatus.DORMANT) {
            reasons.add(Ineligibility.DORMANT);
        }
        if (customer.status() == CustomerStatus.CLOSED) {
            reasons.add(Ineligibility.CLOSED);
        }
        if (gift.minCreditRating() != null && !customer.creditRating().isAtLeast(gift.minCreditRating())) {
            reasons.add(Ineligibility.CREDIT_RATING_TOO_LOW);
        }
        if (gift.minStarLevel().isAbove(customer.serviceLevelOn(request.today()).level())) {
            reasons.add(Ineligibility.STAR_LEVEL_TOO_LOW);
        }
        Points price = request.price();
        if (request.redeemedThisMonth().plus(price).isGreaterThan(policy.quotaFor(customer.riskLevel()))) {
            reasons.add(Ineligibility.MONTHLY_QUOTA_EXCEEDED);
        }
        if (request.balance().isLessThan(policy.minimumBalance())) {
            reasons.add(Ineligibility.BELOW_MINIMUM_BALANCE);
        }
        if (request.balance().isLessThan(price)) {
            reasons.add(Ineligibility.INSUFFICIENT_POINTS);
        }
        if (request.stockAvailable() < request.quantity()) {
            reasons.add(Ineligibility.OUT_OF_STOCK);
        }
        return reasons;
    }
}
