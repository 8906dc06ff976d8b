package io.jifen.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignResultsTest {
    private static CampaignParticipant participant(String id, boolean heldOut, int transactions, String amountEach, long awarded) {
        return new CampaignParticipant(id, heldOut, transactions,
                new BigDecimal(amountEach).multiply(BigDecimal.valueOf(transactions)), awarded);
    }

    @Test
    void results_compare_treated_customers_with_the_held_out_group() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        campaign.recordIssued(60);
        var results = CampaignResults.of(campaign, List.of(participant("A", false, 3, "100.00", 20),
                participant("B", false, 1, "100.00", 40), participant("C", true, 1, "100.00", 0),
                participant("D", true, 1, "50.00", 0)), new BigDecimal("0.01"));

        assertThat(results.participants()).isEqualTo(2);
        assertThat(results.heldOut()).isEqualTo(2);
        assertThat(results.pointsIssued()).isEqualTo(60);
        assertThat(results.cost()).isEqualByComparingTo("0.60");
        assertThat(results.budgetLeft()).isEqualTo(940);
        assertThat(results.treated().transactionsPerCustomer()).isEqualByComparingTo("2.00");
        assertThat(results.control().transactionsPerCustomer()).isEqualByComparingTo("1.00");
        assertThat(results.transactionUpliftPercent()).isEqualByComparingTo("100.0");
        // 200 vs 75 yuan per customer
        assertThat(results.treated().amountPerCustomer()).isEqualByComparingTo("200.00");
        assertThat(results.amountUpliftPercent()).isEqualByComparingTo("166.7");
    }

    @Test
    void there_is_no_uplift_without_a_held_out_group() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        var results = CampaignResults.of(campaign, List.of(participant("A", false, 2, "10.00", 20)), BigDecimal.ONE);
        assertThat(results.transactionUpliftPercent()).isNull();
        assertThat(results.amountUpliftPercent()).isNull();
        assertThat(results.control().customers()).isZero();
    }
}
