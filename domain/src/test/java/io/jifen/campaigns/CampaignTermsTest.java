package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.APR_1;
import static io.jifen.campaigns.Campaigns.MAR_1;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CampaignTermsTest {
    private static CampaignTerms with(BonusKind kind, String multiplier, Long fixed, java.time.Instant start,
                                      java.time.Instant end, Long cap, long budget, int holdout) {
        return new CampaignTerms("Name", null, kind, multiplier == null ? null : new BigDecimal(multiplier), fixed,
                null, null, null, null, start, end, cap, budget, holdout);
    }

    private static void refused(Runnable terms, String field) {
        assertThatThrownBy(terms::run).isInstanceOfSatisfying(InvalidRequestException.class,
                e -> assertThat(e.field()).isEqualTo(field));
    }

    @Test
    void a_multiplier_is_above_one_and_at_most_ten() {
        refused(() -> with(BonusKind.MULTIPLIER, "1", null, MAR_1, APR_1, null, 100, 10), "multiplier");
        refused(() -> with(BonusKind.MULTIPLIER, "10.5", null, MAR_1, APR_1, null, 100, 10), "multiplier");
        refused(() -> with(BonusKind.MULTIPLIER, null, null, MAR_1, APR_1, null, 100, 10), "multiplier");
        assertThat(with(BonusKind.MULTIPLIER, "1.25", 5L, MAR_1, APR_1, null, 100, 10).fixedBonus())
                .as("a multiplier campaign keeps no fixed bonus").isNull();
    }

    @Test
    void a_fixed_bonus_is_more_than_zero() {
        refused(() -> with(BonusKind.FIXED_BONUS, null, 0L, MAR_1, APR_1, null, 100, 10), "fixedBonus");
        refused(() -> with(BonusKind.FIXED_BONUS, null, null, MAR_1, APR_1, null, 100, 10), "fixedBonus");
    }

    @Test
    void the_window_budget_cap_and_hold_out_are_sane() {
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, APR_1, MAR_1, null, 100, 10), "endsAt");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, MAR_1, null, 100, 10), "endsAt");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, null, 0, 10), "budget");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, 0L, 100, 10), "perCustomerCap");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, null, 100, 51), "holdoutPercent");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, null, 100, -1), "holdoutPercent");
    }

    @Test
    void segment_and_product_codes_are_checked() {
        refused(() -> new CampaignTerms("N", null, BonusKind.FIXED_BONUS, null, 5L, null, Set.of("bad code"), null, null,
                MAR_1, APR_1, null, 100, 10), "productCodes");
        refused(() -> new CampaignTerms("N", null, BonusKind.FIXED_BONUS, null, 5L, null, null, null, Set.of("retiree"),
                MAR_1, APR_1, null, 100, 10), "segments");
    }

    @Test
    void at_most_twenty_product_codes_or_segments() {
        var many = new java.util.HashSet<String>();
        for (int i = 0; i < 21; i++) {
            many.add("CODE_" + i);
        }
        refused(() -> new CampaignTerms("N", null, BonusKind.FIXED_BONUS, null, 5L, null, many, null, null,
                MAR_1, APR_1, null, 100, 10), "productCodes");
        refused(() -> new CampaignTerms("N", null, BonusKind.FIXED_BONUS, null, 5L, null, null, null, many,
                MAR_1, APR_1, null, 100, 10), "segments");
    }

    @Test
    void the_largest_bonus_cap_and_budget_are_rules_of_the_terms_whatever_asks() {
        refused(() -> with(BonusKind.FIXED_BONUS, null, CampaignTerms.MAX_FIXED_BONUS + 1, MAR_1, APR_1, null, 100, 10),
                "fixedBonus");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, CampaignTerms.MAX_PER_CUSTOMER_CAP + 1, 100, 10),
                "perCustomerCap");
        refused(() -> with(BonusKind.FIXED_BONUS, null, 5L, MAR_1, APR_1, null, CampaignTerms.MAX_BUDGET + 1, 10),
                "budget");
        assertThat(with(BonusKind.FIXED_BONUS, null, CampaignTerms.MAX_FIXED_BONUS, MAR_1, APR_1,
                CampaignTerms.MAX_PER_CUSTOMER_CAP, CampaignTerms.MAX_BUDGET, 10).budget()).isEqualTo(CampaignTerms.MAX_BUDGET);
    }
}
