package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.MAR_15;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class CampaignReversalTest {
    @Test
    void a_reversed_transaction_leaves_the_results_and_returns_its_bonus_to_the_budget_once() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        var participant = new CampaignParticipant("C-1", "A", false, MAR_15);
        participant.recordTransaction(new BigDecimal("500.00"), 20, MAR_15);
        participant.recordTransaction(new BigDecimal("300.00"), 20, MAR_15.plusSeconds(1));
        campaign.recordIssued(40);
        var second = new CampaignTransaction("C-1", "T-2", "A", false, 20, new BigDecimal("300.00"));

        assertThat(second.reverse(campaign, participant)).isTrue();
        assertThat(second.reverse(campaign, participant)).as("a repeated reversal").isFalse();

        assertThat(campaign.pointsIssued()).isEqualTo(20);
        assertThat(campaign.budgetLeft()).isEqualTo(980);
        assertThat(participant.transactions()).isEqualTo(1);
        assertThat(participant.amount()).isEqualByComparingTo("500.00");
        assertThat(participant.pointsAwarded()).isEqualTo(20);
    }

    @Test
    void a_customer_whose_every_transaction_was_reversed_is_no_longer_a_participant() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        var participant = new CampaignParticipant("C-1", "A", true, MAR_15);
        participant.recordTransaction(new BigDecimal("500.00"), 0, MAR_15);
        new CampaignTransaction("C-1", "T-1", "A", true, 0, new BigDecimal("500.00")).reverse(campaign, participant);
        var results = CampaignResults.of(campaign, List.of(participant), BigDecimal.ONE);
        assertThat(results.heldOut()).isZero();
        assertThat(results.control().transactions()).isZero();
    }

    @Test
    void more_than_was_issued_never_returns() {
        Campaign campaign = Campaigns.approved(Campaigns.doublePoints());
        campaign.recordIssued(10);
        assertThatThrownBy(() -> campaign.recordReturned(11)).isInstanceOf(IllegalStateException.class);
    }
}
