package io.jifen.campaigns;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/**
 * How a campaign did: who took part, what it issued and cost, the budget left, and the activity of
 * treated customers against the held-out group (transactions and amount per customer). The
 * uplift is the treated figure over the held-out one, less one, in percent; unknown (null) until
 * the held-out group has activity.
 */
public record CampaignResults(long participants, long heldOut, long pointsIssued, BigDecimal cost, long budgetLeft,
                              Group treated, Group control, BigDecimal transactionUpliftPercent,
                              BigDecimal amountUpliftPercent) {

    /** One side of the split: customers, their transactions and amount, and the same per customer. */
    public record Group(long customers, long transactions, BigDecimal amount, BigDecimal transactionsPerCustomer,
                        BigDecimal amountPerCustomer) {
        static Group of(List<CampaignParticipant> members) {
            long customers = members.size();
            long transactions = members.stream().mapToLong(CampaignParticipant::transactions).sum();
            BigDecimal amount = members.stream().map(CampaignParticipant::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
            return new Group(customers, transactions, amount.setScale(2, RoundingMode.HALF_EVEN),
                    perCustomer(BigDecimal.valueOf(transactions), customers),
                    perCustomer(amount, customers));
        }

        private static BigDecimal perCustomer(BigDecimal total, long customers) {
            return customers == 0 ? BigDecimal.ZERO.setScale(2)
                    : total.divide(BigDecimal.valueOf(customers), 2, RoundingMode.HALF_EVEN);
        }
    }

    public static CampaignResults of(Campaign campaign, List<CampaignParticipant> participants, BigDecimal costPerPoint) {
        Group treated = Group.of(participants.stream().filter(p -> !p.heldOut()).toList());
        Group control = Group.of(participants.stream().filter(CampaignParticipant::heldOut).toList());
        BigDecimal cost = costPerPoint.multiply(BigDecimal.valueOf(campaign.pointsIssued())).setScale(2, RoundingMode.HALF_EVEN);
        return new CampaignResults(treated.customers(), control.customers(), campaign.pointsIssued(), cost,
                campaign.budgetLeft(), treated, control,
                uplift(treated.transactionsPerCustomer(), control.transactionsPerCustomer()),
                uplift(treated.amountPerCustomer(), control.amountPerCustomer()));
    }

    static BigDecimal uplift(BigDecimal treated, BigDecimal control) {
        if (control.signum() == 0) {
            return null;
        }
        return treated.subtract(control).multiply(BigDecimal.valueOf(100)).divide(control, 1, RoundingMode.HALF_EVEN);
    }
}
