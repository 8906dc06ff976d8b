package io.jifen.campaigns;

import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;

/** Campaign terms for tests: double points on deposits during March 2026 (UTC), 1,000-point budget, no hold-out. */
final class Campaigns {
    static final Instant MAR_1 = Instant.parse("2026-03-01T00:00:00Z");
    static final Instant APR_1 = Instant.parse("2026-04-01T00:00:00Z");
    static final Instant FEB_20 = Instant.parse("2026-02-20T00:00:00Z");
    static final Instant MAR_15 = Instant.parse("2026-03-15T00:00:00Z");

    private Campaigns() {
    }

    static CampaignTerms doublePoints() {
        return terms(BonusKind.MULTIPLIER, new BigDecimal("2"), null, 1_000, null, 0);
    }

    static CampaignTerms terms(BonusKind kind, BigDecimal multiplier, Long fixedBonus, long budget, Long cap, int holdout) {
        return new CampaignTerms("Spring double", null, kind, multiplier, fixedBonus, Set.of(Activity.DEPOSIT), Set.of(),
                Set.of(), Set.of(), MAR_1, APR_1, cap, budget, holdout);
    }

    static CampaignTerms audience(Set<String> products, Set<StarLevel> levels, Set<String> segments) {
        return new CampaignTerms("Targeted", null, BonusKind.FIXED_BONUS, null, 50L, Set.of(Activity.DEPOSIT), products,
                levels, segments, MAR_1, APR_1, null, 1_000, 0);
    }

    static Campaign draft(CampaignTerms terms) {
        return new Campaign("C-1", terms, "alice", FEB_20);
    }

    /** Approved by a second person before the window opens. */
    static Campaign approved(CampaignTerms terms) {
        Campaign campaign = draft(terms);
        campaign.submit(FEB_20);
        campaign.approve("bob", "fine", FEB_20.plusSeconds(60));
        return campaign;
    }
}
