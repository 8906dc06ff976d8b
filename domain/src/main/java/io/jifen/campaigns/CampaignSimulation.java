package io.jifen.campaigns;

import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * "Had this campaign run over these transactions, it would have issued N points to M customers":
 * the campaign's audience, hold-out, bonus, per-customer cap and budget applied, in the order the
 * transactions happened, to what the earning rules actually gave them. Customers are judged by
 * their star level and segments today.
 */
public final class CampaignSimulation {
    /** A recorded accrual: who, what, and the points its rules gave. */
    public record PastTransaction(String customerId, Activity activity, String productCode, BigDecimal amount,
                                  Instant occurredAt, long rulePoints) {
    }

    /** What the campaign looks at in a customer. */
    public record Audience(StarLevel level, Set<String> segments) {
    }

    public record Outcome(long points, long customers, long transactions, long heldOutCustomers, boolean budgetRunsOut) {
    }

    private CampaignSimulation() {
    }

    public static Outcome simulate(Campaign campaign, List<PastTransaction> past, Function<String, Optional<Audience>> audiences) {
        Map<String, Long> awarded = new HashMap<>();
        Map<String, Optional<Audience>> known = new HashMap<>();
        Set<String> heldOut = new HashSet<>();
        long issued = 0;
        long transactions = 0;
        boolean runsOut = false;
        for (PastTransaction txn : past) {
            Optional<Audience> audience = known.computeIfAbsent(txn.customerId(), audiences);
            if (audience.isEmpty()) {
                continue;
            }
            var fit = campaign.fitIgnoringWindow(txn.customerId(), txn.activity(), txn.productCode(),
                    audience.get().level(), audience.get().segments());
            if (fit == Campaign.Fit.HELD_OUT) {
                heldOut.add(txn.customerId());
                continue;
            }
            if (fit != Campaign.Fit.TREATED) {
                continue;
            }
            long bonus = campaign.bonusFor(txn.rulePoints());
            long soFar = awarded.getOrDefault(txn.customerId(), 0L);
            long allowed = Math.min(bonus, campaign.budget() - issued);
            if (campaign.perCustomerCap() != null) {
                allowed = Math.min(allowed, Math.max(0, campaign.perCustomerCap() - soFar));
            }
            if (allowed < bonus && issued + allowed >= campaign.budget()) {
                runsOut = true;
            }
            if (allowed > 0) {
                issued += allowed;
                transactions++;
                awarded.merge(txn.customerId(), allowed, Long::sum);
            }
        }
        return new Outcome(issued, awarded.size(), transactions, heldOut.size(), runsOut);
    }
}
