package io.jifen.campaigns;

/**
 * Where a campaign is. APPROVED, RUNNING and ENDED are one stored state read against the clock:
 * an approved campaign runs inside its window and has ended after it, on every server alike.
 */
public enum CampaignStatus {
    DRAFT, PENDING_APPROVAL, APPROVED, RUNNING, ENDED, REJECTED, STOPPED
}
