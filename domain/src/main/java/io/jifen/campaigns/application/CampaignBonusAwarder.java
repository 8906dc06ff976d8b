package io.jifen.campaigns.application;

import io.jifen.shared.Points;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.CampaignTransaction;
import io.jifen.points.PointsReversed;
import jakarta.enterprise.event.Observes;
import io.jifen.customers.Customer;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.StarLevel;
import io.jifen.points.AccrualBonuses;
import io.jifen.points.AccrualRequest;
import io.jifen.points.EarningLine;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Campaign bonuses for an accrual, inside its transaction. The customer's account is already
 * locked (so their per-customer cap is read and charged without racing); each campaign's row is locked and re-read
 * before its budget is charged, so concurrent accruals on any number of servers queue on it and
 * the budget is never passed. Locks are taken in campaign-id order, after the account's. Each
 * transaction a campaign counts is recorded; participants, caps and results are tallied from them.
 */
@ApplicationScoped
public class CampaignBonusAwarder implements AccrualBonuses {
    @Inject
    CampaignRepository campaigns;

    @Override
    @Transactional(Transactional.TxType.MANDATORY)
    public List<EarningLine> bonuses(AccrualRequest request, Customer customer, StarLevel serviceLevel, Points rulePoints,
                                     Instant now) {
        if (customer.status() != CustomerStatus.ACTIVE || customer.isBlacklisted()) {
            return List.of();
        }
        List<EarningLine> lines = new ArrayList<>();
        for (Campaign campaign : campaigns.awardingAt(request.occurredAt())) {
            var fit = campaign.fitFor(customer.id().value(), request.activity(), request.productCode(), request.occurredAt(),
                    serviceLevel, customer.segments());
            if (fit == Campaign.Fit.NOT_ELIGIBLE) {
                continue;
            }
            long awarded = 0;
            long bonus = fit == Campaign.Fit.TREATED ? campaign.bonusFor(rulePoints.value()) : 0;
            if (bonus > 0) {
                Campaign locked = campaigns.lock(campaign.id()).orElseThrow();
                // the running campaigns are read from a cache a few seconds old: the locked row has the last
                // word, so a campaign stopped a moment ago on another server awards nothing
                if (locked.fitFor(customer.id().value(), request.activity(), request.productCode(), request.occurredAt(),
                        serviceLevel, customer.segments()) == Campaign.Fit.TREATED) {
                    awarded = locked.awardable(bonus, campaigns.awardedTo(campaign.id(), customer.id().value()));
                }
                if (awarded > 0) {
                    locked.recordIssued(awarded);
                    lines.add(EarningLine.campaign(locked.name(), awarded));
                }
            }
            campaigns.addTransaction(new CampaignTransaction(campaign.id(), request.sourceTxnId(), customer.id().value(),
                    fit == Campaign.Fit.HELD_OUT, awarded, request.amount()));
        }
        return lines;
    }

    /**
     * A reversed accrual (its account locked) leaves every campaign it counted in: out of the
     * participant's activity, and its bonus back into the budget, since the customer lost it too.
     */
    @Transactional(Transactional.TxType.MANDATORY)
    void onReversal(@Observes PointsReversed reversed) {
        for (CampaignTransaction transaction : campaigns.transactionsOf(reversed.sourceTxnId())) {
            if (transaction.isReversed()) {
                continue;
            }
            transaction.reverse(campaigns.lock(transaction.campaignId()).orElseThrow());
        }
    }
}
