package io.jifen.campaigns.persistence;

import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignParticipant;
import io.jifen.campaigns.CampaignRepository;
import io.jifen.campaigns.CampaignSort;
import io.jifen.campaigns.CampaignStatus;
import io.jifen.campaigns.CampaignTransaction;
import io.jifen.campaigns.TriggerAward;
import io.jifen.campaigns.TriggerKind;
import io.jifen.shared.Sorting;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@ApplicationScoped
public class JpaCampaignRepository implements CampaignRepository {
    @PersistenceContext(unitName = "jifen")
    EntityManager em;
    @Inject
    CampaignsCache readMostly;

    @Override
    public void add(Campaign campaign) {
        em.persist(campaign);
        readMostly.forgetAll();
    }

    @Override
    public Optional<Campaign> find(String id) {
        return Optional.ofNullable(em.find(Campaign.class, id));
    }

    @Override
    public Optional<Campaign> lock(String id) {
        Campaign campaign = em.find(Campaign.class, id);
        if (campaign == null) {
            return Optional.empty();
        }
        // refresh under the lock: what an earlier read of this transaction saw may be stale
        em.refresh(campaign, LockModeType.PESSIMISTIC_WRITE);
        return Optional.of(campaign);
    }

    @Override
    public List<Campaign> list(Sorting<CampaignSort> sorting, int offset, int limit) {
        return em.createQuery("select c from Campaign c" + CampaignSort.orderBy(sorting), Campaign.class)
                .setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long count() {
        return em.createQuery("select count(c) from Campaign c", Long.class).getSingleResult();
    }

    @Override
    public boolean nameTaken(String name, String exceptId) {
        return em.createQuery("select count(c) from Campaign c where c.name = :name and c.id <> :id", Long.class)
                .setParameter("name", name).setParameter("id", exceptId == null ? "" : exceptId)
                .getSingleResult() > 0;
    }

    @Override
    public List<Campaign> awardingAt(Instant occurredAt) {
        // every approved or stopped campaign, kept for a few seconds; which of them ran at the
        // transaction's time is decided here, as the query used to
        return readMostly.campaigns().get("awarding", key -> Optional.of(em.createQuery("""
                                select c from Campaign c where c.status in :statuses order by c.id""", Campaign.class)
                        .setParameter("statuses", List.of(CampaignStatus.APPROVED, CampaignStatus.STOPPED))
                        .getResultList()))
                .orElseThrow().stream()
                .filter(c -> !c.startsAt().isAfter(occurredAt) && c.endsAt().isAfter(occurredAt))
                .toList();
    }

    @Override
    public void campaignsChanged() {
        readMostly.forgetAll();
    }

    @Override
    public long awardedTo(String campaignId, String customerId) {
        // a bound parameter, not a boolean literal: EclipseLink writes "= false" as "= 0", which H2 refuses
        Long sum = em.createQuery("""
                        select sum(t.points) from CampaignTransaction t
                        where t.campaignId = :c and t.customerId = :customer and t.reversed = :no""", Long.class)
                .setParameter("c", campaignId).setParameter("customer", customerId).setParameter("no", false)
                .getSingleResult();
        return sum == null ? 0 : sum;
    }

    @Override
    public List<CampaignParticipant> participants(String campaignId) {
        return em.createQuery("""
                        select t.customerId, t.heldOut, count(t), sum(t.amount), sum(t.points) from CampaignTransaction t
                        where t.campaignId = :c and t.reversed = :no group by t.customerId, t.heldOut""", Object[].class)
                .setParameter("c", campaignId).setParameter("no", false).getResultList().stream()
                .map(row -> new CampaignParticipant((String) row[0], (Boolean) row[1], ((Number) row[2]).longValue(),
                        (BigDecimal) row[3], ((Number) row[4]).longValue()))
                .toList();
    }

    @Override
    public void addTransaction(CampaignTransaction transaction) {
        em.persist(transaction);
    }

    @Override
    public List<CampaignTransaction> transactionsOf(String sourceTxnId) {
        return em.createQuery("select t from CampaignTransaction t where t.sourceTxnId = :txn order by t.campaignId",
                CampaignTransaction.class).setParameter("txn", sourceTxnId).getResultList();
    }

    @Override
    public void addTrigger(AwardTrigger trigger) {
        em.persist(trigger);
        readMostly.forgetAll();
    }

    @Override
    public Optional<AwardTrigger> findTrigger(String id) {
        return Optional.ofNullable(em.find(AwardTrigger.class, id));
    }

    @Override
    public List<AwardTrigger> triggers() {
        return em.createQuery("select t from AwardTrigger t order by t.createdAt desc, t.id", AwardTrigger.class)
                .getResultList();
    }

    @Override
    public List<AwardTrigger> activeTriggers(TriggerKind kind) {
        // a bound parameter, not a boolean literal: EclipseLink writes "= true" as "= 1", which H2 refuses
        return readMostly.triggers().get(kind.name(), key -> Optional.of(em.createQuery(
                                "select t from AwardTrigger t where t.kind = :kind and t.active = :yes order by t.id",
                                AwardTrigger.class)
                        .setParameter("kind", kind).setParameter("yes", true).getResultList()))
                .orElseThrow();
    }

    @Override
    public boolean triggerNameTaken(String name) {
        return em.createQuery("select count(t) from AwardTrigger t where t.name = :name", Long.class)
                .setParameter("name", name).getSingleResult() > 0;
    }

    @Override
    public boolean awarded(String triggerId, String customerId, String eventKey) {
        return em.createQuery("""
                        select count(a) from TriggerAward a
                        where a.triggerId = :t and a.customerId = :c and a.eventKey = :k""", Long.class)
                .setParameter("t", triggerId).setParameter("c", customerId).setParameter("k", eventKey)
                .getSingleResult() > 0;
    }

    @Override
    public List<TriggerAward> awardsForEvent(String customerId, String eventKey) {
        return em.createQuery("select a from TriggerAward a where a.eventKey = :k and a.customerId = :c order by a.id",
                TriggerAward.class).setParameter("k", eventKey).setParameter("c", customerId).getResultList();
    }

    @Override
    public void addAward(TriggerAward award) {
        // the award names its ledger entry and lot by id only: they must be written first
        em.flush();
        em.persist(award);
        em.flush();
    }

    @Override
    public List<TriggerAward> awards(String triggerId, int offset, int limit) {
        return em.createQuery("select a from TriggerAward a where a.triggerId = :t order by a.id desc", TriggerAward.class)
                .setParameter("t", triggerId).setFirstResult(offset).setMaxResults(limit).getResultList();
    }

    @Override
    public long countAwards(String triggerId) {
        return em.createQuery("select count(a) from TriggerAward a where a.triggerId = :t", Long.class)
                .setParameter("t", triggerId).getSingleResult();
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<String> customersOpenedOn(int month, int day) {
        return em.createNativeQuery("""
                        SELECT id FROM customer WHERE opened_on IS NOT NULL
                          AND EXTRACT(MONTH FROM opened_on) = ?1 AND EXTRACT(DAY FROM opened_on) = ?2 ORDER BY id""")
                .setParameter(1, month).setParameter(2, day).getResultList();
    }
}
