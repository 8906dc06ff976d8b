package io.jifen.api.campaigns;

import org.eclipse.microprofile.openapi.annotations.media.Schema;
import static io.jifen.api.shared.ApiFormats.money;

import io.jifen.campaigns.AwardTrigger;
import io.jifen.campaigns.Campaign;
import io.jifen.campaigns.CampaignResults;
import io.jifen.campaigns.CampaignSimulation;
import io.jifen.campaigns.CampaignStatus;
import io.jifen.campaigns.TriggerAward;
import io.jifen.customers.StarLevel;
import io.jifen.points.EarningRule;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/** What the marketing back office answers. */
public final class MarketingViews {
    private MarketingViews() {
    }

    @Schema(name = "EarningRuleView")

    public record RuleView(String code, int version, String name, String activity, String productCode,
                           Integer minStarLevel, String minCreditRating, long fixedPoints, long pointsPerStep,
                           String stepAmount, String stepRounding, String minAmount, Long dailyCap, Long monthlyCap,
                           boolean tierMultiplied, Instant effectiveFrom, Instant effectiveTo, String createdBy,
                           Instant createdAt, String approval, String decidedBy) {
        static RuleView of(EarningRule r) {
            return new RuleView(r.code(), r.version(), r.name(), r.activity().name(), r.productCode(),
                    r.minStarLevel() == null ? null : r.minStarLevel().number(),
                    r.minCreditRating() == null ? null : r.minCreditRating().name(), r.fixedPoints(), r.pointsPerStep(),
                    r.stepAmount() == null ? null : money(r.stepAmount()), r.stepRounding().name(), money(r.minAmount()),
                    r.dailyCap(), r.monthlyCap(), r.isTierMultiplied(), r.effectiveFrom(), r.effectiveTo(),
                    r.createdBy(), r.createdAt(), r.approval().name(), r.decidedBy());
        }
    }

    public record CampaignView(String id, String name, String description, String kind, String multiplier,
                               Long fixedBonus, List<String> activities, List<String> productCodes,
                               List<Integer> starLevels, List<String> segments, Instant startsAt, Instant endsAt,
                               Long perCustomerCap, long budget, long pointsIssued, long budgetLeft, int holdoutPercent,
                               CampaignStatus status, String createdBy, Instant createdAt, Instant submittedAt,
                               String decidedBy, Instant decidedAt, String decisionNote, String stoppedBy,
                               Instant stoppedAt, String stopReason) {
        static CampaignView of(Campaign c, CampaignStatus status) {
            return new CampaignView(c.id(), c.name(), c.description(), c.kind().name(),
                    c.multiplier() == null ? null : c.multiplier().stripTrailingZeros().toPlainString(), c.fixedBonus(),
                    c.activities().stream().map(Enum::name).sorted().toList(), c.productCodes().stream().sorted().toList(),
                    c.starLevels().stream().map(StarLevel::number).sorted().toList(),
                    c.segments().stream().sorted().toList(), c.startsAt(), c.endsAt(), c.perCustomerCap(), c.budget(),
                    c.pointsIssued(), c.budgetLeft(), c.holdoutPercent(), status, c.createdBy(), c.createdAt(),
                    c.submittedAt(), c.decidedBy(), c.decidedAt(), c.decisionNote(), c.stoppedBy(), c.stoppedAt(),
                    c.stopReason());
        }
    }

    public record GroupView(long customers, long transactions, String amount, String transactionsPerCustomer,
                            String amountPerCustomer) {
        static GroupView of(CampaignResults.Group g) {
            return new GroupView(g.customers(), g.transactions(), money(g.amount()),
                    g.transactionsPerCustomer().toPlainString(), money(g.amountPerCustomer()));
        }
    }

    public record ResultsView(String campaignId, long participants, long heldOut, long pointsIssued, String cost,
                              String costPerPoint, long budget, long budgetLeft, GroupView treated, GroupView heldOutGroup,
                              String transactionUpliftPercent, String amountUpliftPercent) {
        static ResultsView of(Campaign c, CampaignResults r, BigDecimal costPerPoint) {
            return new ResultsView(c.id(), r.participants(), r.heldOut(), r.pointsIssued(), money(r.cost()),
                    costPerPoint.toPlainString(), c.budget(), r.budgetLeft(), GroupView.of(r.treated()),
                    GroupView.of(r.control()),
                    r.transactionUpliftPercent() == null ? null : r.transactionUpliftPercent().toPlainString(),
                    r.amountUpliftPercent() == null ? null : r.amountUpliftPercent().toPlainString());
        }
    }

    public record SimulationView(String campaignId, int days, long points, long customers, long transactions,
                                 long heldOutCustomers, boolean budgetRunsOut, String cost) {
        static SimulationView of(String id, int days, CampaignSimulation.Outcome o, BigDecimal costPerPoint) {
            return new SimulationView(id, days, o.points(), o.customers(), o.transactions(), o.heldOutCustomers(),
                    o.budgetRunsOut(), money(costPerPoint.multiply(BigDecimal.valueOf(o.points()))));
        }
    }

    public record TriggerView(String id, String name, String kind, String activity, String productCode,
                              String minAmount, String assetThreshold, Integer starLevel, long points, String giftId,
                              String partnerId, boolean active, String createdBy, Instant createdAt, String approval,
                              String decidedBy) {
        static TriggerView of(AwardTrigger t) {
            return new TriggerView(t.id(), t.name(), t.kind().name(), t.activity() == null ? null : t.activity().name(),
                    t.productCode(), t.minAmount() == null ? null : money(t.minAmount()),
                    t.assetThreshold() == null ? null : money(t.assetThreshold()),
                    t.starLevel() == null ? null : t.starLevel().number(), t.points(), t.giftId(), t.partnerId(),
                    t.isActive(), t.createdBy(),
                    t.createdAt(), t.approval().name(), t.decidedBy());
        }
    }

    public record AwardView(long id, String triggerId, String customerId, String eventKey, long points, String orderId,
                            Instant awardedAt) {
        static AwardView of(TriggerAward a) {
            return new AwardView(a.id(), a.triggerId(), a.customerId(), a.eventKey(), a.points(), a.orderId(), a.awardedAt());
        }
    }
}
