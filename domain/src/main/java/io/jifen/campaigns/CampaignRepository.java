package io.jifen.campaigns;

import io.jifen.shared.Sorting;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/** Where campaigns, their participants, triggers and trigger awards are kept. */
public interface CampaignRepository {
    void add(Campaign campaign);

    Optional<Campaign> find(String id);

    /** The campaign, its row locked until the transaction ends: budgets change only under this lock. */
    Optional<Campaign> lock(String id);

    /** Newest first. */
    default List<Campaign> list(int offset, int limit) {
        return list(Sorting.none(), offset, limit);
    }

    /** Campaigns in the order chosen (newest first when none is). */
    List<Campaign> list(Sorting<CampaignSort> sorting, int offset, int limit);

    long count();

    boolean nameTaken(String name, String exceptId);

    /** Approved or stopped campaigns whose window holds the instant, by id (the order their locks are taken in). */
    List<Campaign> awardingAt(Instant occurredAt);

    /**
     * Running campaigns and active triggers are read by every accrual and kept for a few seconds;
     * every change to a campaign or trigger says so here, so this server reads them afresh at once.
     */
    void campaignsChanged();

    /** Points the campaign awarded the customer, reversals taken out (for the per-customer cap). */
    long awardedTo(String campaignId, String customerId);

    /** Each customer's tally of the campaign's transactions that were not reversed. */
    List<CampaignParticipant> participants(String campaignId);

    void addTransaction(CampaignTransaction transaction);

    List<CampaignTransaction> transactionsOf(String sourceTxnId);

    void addTrigger(AwardTrigger trigger);

    Optional<AwardTrigger> findTrigger(String id);

    List<AwardTrigger> triggers();

    List<AwardTrigger> activeTriggers(TriggerKind kind);

    boolean triggerNameTaken(String name);

    boolean awarded(String triggerId, String customerId, String eventKey);

    /** Awards of every trigger for one event of a customer (e.g. "TXN:" and a transaction id). */
    List<TriggerAward> awardsForEvent(String customerId, String eventKey);

    void addAward(TriggerAward award);

    List<TriggerAward> awards(String triggerId, int offset, int limit);

    long countAwards(String triggerId);

    /** Customers whose account was opened on this month and day in an earlier year. */
    List<String> customersOpenedOn(int month, int day);
}
