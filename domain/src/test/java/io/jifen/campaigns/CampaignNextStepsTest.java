package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.APR_1;
import static io.jifen.campaigns.Campaigns.FEB_20;
import static io.jifen.campaigns.Campaigns.MAR_15;
import static io.jifen.campaigns.Campaigns.approved;
import static io.jifen.campaigns.Campaigns.doublePoints;
import static io.jifen.campaigns.Campaigns.draft;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What a campaign answers when a screen asks which steps may happen next. */
class CampaignNextStepsTest {
    private static Campaign pending() {
        Campaign campaign = draft(doublePoints());
        campaign.submit(FEB_20);
        return campaign;
    }

    private static Campaign rejected() {
        Campaign campaign = pending();
        campaign.reject("bob", "budget too large", FEB_20);
        return campaign;
    }

    private static Campaign stopped() {
        Campaign campaign = approved(doublePoints());
        campaign.stop("bob", "budget moved", MAR_15);
        return campaign;
    }

    @Test
    void a_draft_may_be_submitted_and_nothing_else() {
        Campaign campaign = draft(doublePoints());

        assertThat(campaign.mayBeSubmitted()).isTrue();
        assertThat(campaign.awaitsDecision()).isFalse();
        assertThat(campaign.mayBeStoppedAt(FEB_20)).isFalse();
        assertThat(campaign.wasApproved()).isFalse();
    }

    @Test
    void a_submitted_campaign_awaits_a_decision_and_may_not_be_submitted_again() {
        Campaign campaign = pending();

        assertThat(campaign.awaitsDecision()).isTrue();
        assertThat(campaign.mayBeSubmitted()).isFalse();
        assertThat(campaign.mayBeStoppedAt(FEB_20)).isFalse();
        assertThat(campaign.wasApproved()).isFalse();
    }

    @Test
    void an_approved_campaign_may_be_stopped_while_it_waits_for_its_window_and_while_it_runs() {
        Campaign campaign = approved(doublePoints());

        assertThat(campaign.mayBeStoppedAt(FEB_20.plusSeconds(120))).isTrue();
        assertThat(campaign.mayBeStoppedAt(MAR_15)).isTrue();
        assertThat(campaign.awaitsDecision()).isFalse();
        assertThat(campaign.mayBeSubmitted()).isFalse();
    }

    @Test
    void an_ended_campaign_may_not_be_stopped() {
        assertThat(approved(doublePoints()).mayBeStoppedAt(APR_1)).isFalse();
    }

    @Test
    void an_approved_campaign_has_results_before_during_and_after_its_window() {
        assertThat(approved(doublePoints()).wasApproved()).isTrue();
    }

    @Test
    void a_stopped_campaign_keeps_its_results_and_may_not_be_stopped_again() {
        Campaign campaign = stopped();

        assertThat(campaign.wasApproved()).isTrue();
        assertThat(campaign.mayBeStoppedAt(MAR_15)).isFalse();
    }

    @Test
    void a_rejected_campaign_offers_no_step_and_has_no_results() {
        Campaign campaign = rejected();

        assertThat(campaign.mayBeSubmitted()).isFalse();
        assertThat(campaign.awaitsDecision()).isFalse();
        assertThat(campaign.mayBeStoppedAt(MAR_15)).isFalse();
        assertThat(campaign.wasApproved()).isFalse();
    }
}
