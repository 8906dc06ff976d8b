package io.jifen.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;

class CampaignReversalTest {
    @Test
    void a_reversed_transaction_returns_its_bonus_to_the_budget_once() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        campaign.recordIssued(40);
        var second = new CampaignTransaction("C-1", "T-2", "A", false, 20, new BigDecimal("300.00"));

        assertThat(second.reverse(campaign)).isTrue();
        assertThat(second.reverse(campaign)).as("a repeated reversal").isFalse();

        assertThat(second.isReversed()).isTrue();
        assertThat(campaign.pointsIssued()).isEqualTo(20);
        assertThat(campaign.budgetLeft()).isEqualTo(980);
    }

    @Test
    void a_held_out_transaction_returns_nothing() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        campaign.recordIssued(10);
        new CampaignTransaction("C-1", "T-1", "A", true, 0, new BigDecimal("500.00")).reverse(campaign);
        assertThat(campaign.pointsIssued()).isEqualTo(10);
    }

    @Test
    void more_than_was_issued_never_returns() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        campaign.recordIssued(10);
        assertThatThrownBy(() -> campaign.recordReturned(11)).isInstanceOf(IllegalStateException.class);
    }
}
