package io.jifen.campaigns;

import static io.jifen.campaigns.Campaigns.APR_1;
import static io.jifen.campaigns.Campaigns.FEB_20;
import static io.jifen.campaigns.Campaigns.MAR_1;
import static io.jifen.campaigns.Campaigns.MAR_15;
import static io.jifen.campaigns.Campaigns.approved;
import static io.jifen.campaigns.Campaigns.doublePoints;
import static io.jifen.campaigns.Campaigns.draft;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class CampaignLifecycleTest {
    @Test
    void a_new_campaign_is_a_draft_that_can_be_revised() {
        Campaign campaign = draft(doublePoints());
        assertThat(campaign.statusAt(FEB_20)).isEqualTo(CampaignStatus.DRAFT);
        campaign.revise(Campaigns.terms(BonusKind.FIXED_BONUS, null, 30L, 500, null, 0));
        assertThat(campaign.kind()).isEqualTo(BonusKind.FIXED_BONUS);
        assertThat(campaign.budget()).isEqualTo(500);
    }

    @Test
    void submitting_asks_for_approval_and_freezes_the_terms() {
        Campaign campaign = draft(doublePoints());
        campaign.submit(FEB_20);
        assertThat(campaign.statusAt(FEB_20)).isEqualTo(CampaignStatus.PENDING_APPROVAL);
        assertThatThrownBy(() -> campaign.revise(doublePoints())).isInstanceOf(InvalidCampaignStateException.class);
        assertThatThrownBy(() -> campaign.submit(FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
    }

    @Test
    void the_creator_can_neither_approve_nor_reject_their_own_campaign() {
        Campaign campaign = draft(doublePoints());
        campaign.submit(FEB_20);
        assertThatThrownBy(() -> campaign.approve("alice", null, FEB_20)).isInstanceOf(CampaignFourEyesException.class)
                .satisfies(e -> assertThat(((CampaignFourEyesException) e).reasons()).extracting("code").containsExactly("FOUR_EYES"));
        assertThatThrownBy(() -> campaign.reject("alice", "no", FEB_20)).isInstanceOf(CampaignFourEyesException.class);
        assertThat(campaign.statusAt(FEB_20)).isEqualTo(CampaignStatus.PENDING_APPROVAL);
    }

    @Test
    void a_second_person_approves_and_is_recorded() {
        Campaign campaign = approved(doublePoints());
        assertThat(campaign.decidedBy()).isEqualTo("bob");
        assertThat(campaign.decisionNote()).isEqualTo("fine");
        assertThat(campaign.storedStatus()).isEqualTo(CampaignStatus.APPROVED);
    }

    @Test
    void an_approved_campaign_waits_runs_inside_its_window_and_then_has_ended() {
        Campaign campaign = approved(doublePoints());
        assertThat(campaign.statusAt(MAR_1.minusNanos(1000))).isEqualTo(CampaignStatus.APPROVED);
        assertThat(campaign.statusAt(MAR_1)).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.statusAt(APR_1.minusNanos(1000))).isEqualTo(CampaignStatus.RUNNING);
        assertThat(campaign.statusAt(APR_1)).isEqualTo(CampaignStatus.ENDED);
    }

    @Test
    void a_second_person_may_reject_with_a_reason_which_is_final() {
        Campaign campaign = draft(doublePoints());
        campaign.submit(FEB_20);
        campaign.reject("bob", "budget too large", FEB_20);
        assertThat(campaign.statusAt(MAR_15)).isEqualTo(CampaignStatus.REJECTED);
        assertThat(campaign.decisionNote()).isEqualTo("budget too large");
        assertThatThrownBy(() -> campaign.submit(FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
        assertThatThrownBy(() -> campaign.approve("carol", null, FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
        assertThatThrownBy(() -> campaign.stop("carol", "x", MAR_15)).isInstanceOf(InvalidCampaignStateException.class);
    }

    @Test
    void a_draft_cannot_be_approved_rejected_or_stopped() {
        Campaign campaign = draft(doublePoints());
        assertThatThrownBy(() -> campaign.approve("bob", null, FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
        assertThatThrownBy(() -> campaign.reject("bob", "no", FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
        assertThatThrownBy(() -> campaign.stop("bob", "no", FEB_20)).isInstanceOf(InvalidCampaignStateException.class);
    }

    @Test
    void a_campaign_whose_window_has_passed_is_not_approved() {
        Campaign campaign = draft(doublePoints());
        campaign.submit(FEB_20);
        assertThatThrownBy(() -> campaign.approve("bob", null, APR_1)).isInstanceOf(InvalidCampaignStateException.class);
    }

    @Test
    void an_approved_or_running_campaign_can_be_stopped_early_once() {
        Campaign waiting = approved(doublePoints());
        waiting.stop("bob", "product withdrawn", FEB_20.plusSeconds(120));
        assertThat(waiting.statusAt(MAR_15)).isEqualTo(CampaignStatus.STOPPED);

        Campaign running = approved(doublePoints());
        running.stop("carol", "budget moved", MAR_15);
        assertThat(running.statusAt(MAR_15)).isEqualTo(CampaignStatus.STOPPED);
        assertThat(running.stoppedBy()).isEqualTo("carol");
        assertThat(running.stopReason()).isEqualTo("budget moved");
        assertThatThrownBy(() -> running.stop("carol", "again", MAR_15)).isInstanceOf(InvalidCampaignStateException.class);
    }

    @Test
    void an_ended_campaign_cannot_be_stopped() {
        Campaign campaign = approved(doublePoints());
        assertThatThrownBy(() -> campaign.stop("bob", "late", Instant.parse("2026-04-02T00:00:00Z")))
                .isInstanceOf(InvalidCampaignStateException.class);
    }
}
