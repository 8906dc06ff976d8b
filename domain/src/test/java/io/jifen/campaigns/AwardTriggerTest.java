package io.jifen.campaigns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.customers.StarLevel;
import io.jifen.points.Activity;
import io.jifen.shared.InvalidRequestException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AwardTriggerTest {
    private static final Instant NOW = Instant.parse("2026-03-01T00:00:00Z");

    private static AwardTrigger trigger(TriggerKind kind, Activity activity, String product, String minAmount,
                                        String threshold, StarLevel level) {
        var trigger = new AwardTrigger("T-1", new AwardTrigger.Definition("t", kind, activity, product,
                minAmount == null ? null : new BigDecimal(minAmount), threshold == null ? null : new BigDecimal(threshold),
                level, 100), "alice", NOW);
        trigger.approve("bob");
        return trigger;
    }

    @Test
    void a_new_trigger_fires_only_once_a_second_person_approves_it() {
        var trigger = new AwardTrigger("T-9", new AwardTrigger.Definition("t", TriggerKind.STAR_UPGRADE, null, null, null,
                null, StarLevel.FIVE_STARS, 100), "alice", NOW);
        assertThat(trigger.isActive()).isFalse();
        assertThat(trigger.approval()).isEqualTo(io.jifen.shared.Approval.PENDING_APPROVAL);
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trigger.approve(" ALICE "))
                .isInstanceOf(MarketingFourEyesException.class);
        trigger.approve("bob");
        assertThat(trigger.isActive()).isTrue();
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> trigger.reject("carol"))
                .isInstanceOf(AlreadyDecidedException.class);
    }

    @Test
    void a_transaction_trigger_fires_per_transaction_of_its_activity_product_and_amount() {
        var remittance = trigger(TriggerKind.TRANSACTION, Activity.SETTLEMENT, "CROSS_BORDER_REMITTANCE", null, null, null);
        assertThat(remittance.onTransaction("T1", Activity.SETTLEMENT, "CROSS_BORDER_REMITTANCE", BigDecimal.ONE)).contains("TXN:T1");
        assertThat(remittance.onTransaction("T2", Activity.SETTLEMENT, null, BigDecimal.ONE)).isEmpty();
        assertThat(remittance.onTransaction("T3", Activity.DEPOSIT, "CROSS_BORDER_REMITTANCE", BigDecimal.ONE)).isEmpty();

        var bigDeposit = trigger(TriggerKind.TRANSACTION, Activity.TIME_DEPOSIT, null, "500000.00", null, null);
        assertThat(bigDeposit.onTransaction("T4", Activity.TIME_DEPOSIT, "ANY", new BigDecimal("500000.00"))).contains("TXN:T4");
        assertThat(bigDeposit.onTransaction("T5", Activity.TIME_DEPOSIT, null, new BigDecimal("499999.99"))).isEmpty();
    }

    @Test
    void an_assets_trigger_fires_when_assets_cross_the_threshold_upwards_only() {
        var million = trigger(TriggerKind.ASSETS_THRESHOLD, null, null, null, "1000000.00", null);
        assertThat(million.onAssets(new BigDecimal("999999.99"), new BigDecimal("1000000.00"))).contains("ASSETS:1000000");
        assertThat(million.onAssets(new BigDecimal("1000000.00"), new BigDecimal("2000000.00"))).as("already above").isEmpty();
        assertThat(million.onAssets(new BigDecimal("2000000.00"), new BigDecimal("10.00"))).as("falling").isEmpty();
        assertThat(million.onAssets(BigDecimal.ZERO, new BigDecimal("999999.99"))).as("not reached").isEmpty();
        // the same key on every crossing: a dip and a rise do not award again
        assertThat(million.onAssets(BigDecimal.ZERO, new BigDecimal("3000000"))).contains("ASSETS:1000000");
    }

    @Test
    void an_upgrade_trigger_fires_when_the_level_rises_to_its_level() {
        var toFive = trigger(TriggerKind.STAR_UPGRADE, null, null, null, null, StarLevel.FIVE_STARS);
        assertThat(toFive.onStarLevel(StarLevel.FOUR_STARS, StarLevel.FIVE_STARS)).contains("STAR:5");
        assertThat(toFive.onStarLevel(StarLevel.THREE_STARS, StarLevel.SIX_STARS)).contains("STAR:5");
        assertThat(toFive.onStarLevel(StarLevel.THREE_STARS, StarLevel.FOUR_STARS)).isEmpty();
        assertThat(toFive.onStarLevel(StarLevel.FIVE_STARS, StarLevel.SIX_STARS)).as("was already there").isEmpty();
        assertThat(toFive.onStarLevel(StarLevel.SIX_STARS, StarLevel.FIVE_STARS)).as("a fall").isEmpty();

        var anyRise = trigger(TriggerKind.STAR_UPGRADE, null, null, null, null, null);
        assertThat(anyRise.onStarLevel(StarLevel.THREE_STARS, StarLevel.FOUR_STARS)).contains("STAR:4");
        assertThat(anyRise.onStarLevel(StarLevel.FOUR_STARS, StarLevel.FOUR_STARS)).isEmpty();
    }

    @Test
    void an_anniversary_trigger_fires_on_whole_years_with_the_year_as_its_key() {
        var anniversary = trigger(TriggerKind.ANNIVERSARY, null, null, null, null, null);
        assertThat(anniversary.onDay(LocalDate.of(2020, 3, 1), LocalDate.of(2026, 3, 1))).contains("ANNIVERSARY:2026");
        assertThat(anniversary.onDay(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 1))).as("opening day").isEmpty();
        assertThat(anniversary.onDay(LocalDate.of(2020, 3, 2), LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(anniversary.onDay(null, LocalDate.of(2026, 3, 1))).isEmpty();
        assertThat(anniversary.onDay(LocalDate.of(2024, 2, 29), LocalDate.of(2026, 2, 28))).as("leap day").contains("ANNIVERSARY:2026");
        assertThat(anniversary.onDay(LocalDate.of(2024, 2, 29), LocalDate.of(2028, 2, 29))).contains("ANNIVERSARY:2028");
    }

    @Test
    void an_inactive_trigger_never_fires() {
        var remittance = trigger(TriggerKind.TRANSACTION, Activity.SETTLEMENT, null, null, null, null);
        remittance.deactivate();
        assertThat(remittance.onTransaction("T1", Activity.SETTLEMENT, null, BigDecimal.ONE)).isEmpty();
    }

    @Test
    void each_kind_needs_its_parameters() {
        assertThatThrownBy(() -> trigger(TriggerKind.TRANSACTION, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("activity"));
        assertThatThrownBy(() -> trigger(TriggerKind.ASSETS_THRESHOLD, null, null, null, null, null))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("assetThreshold"));
        assertThatThrownBy(() -> new AwardTrigger.Definition("t", TriggerKind.ANNIVERSARY, null, null, null, null, null, 0))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("points"));
    }

    @Test
    void a_trigger_awards_at_most_a_million_points() {
        assertThatThrownBy(() -> new AwardTrigger.Definition("t", TriggerKind.ANNIVERSARY, null, null, null, null, null,
                AwardTrigger.MAX_POINTS + 1))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("points"));
    }

    @Test
    void a_trigger_may_award_a_gift_through_a_named_storefront_instead_of_points() {
        var gift = new AwardTrigger("T-2", new AwardTrigger.Definition("g", TriggerKind.ANNIVERSARY, null, null, null, null,
                null, 0, "G-1", "acme"), "alice", NOW);
        assertThat(gift.giftId()).isEqualTo("G-1");
        assertThat(gift.partnerId()).isEqualTo("acme");
        assertThat(gift.points()).isZero();
        assertThatThrownBy(() -> new AwardTrigger.Definition("g", TriggerKind.ANNIVERSARY, null, null, null, null, null, 0,
                "G-1", null)).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("partnerId"));
        assertThatThrownBy(() -> new AwardTrigger.Definition("g", TriggerKind.ANNIVERSARY, null, null, null, null, null, -5,
                "G-1", "acme")).isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("points"));
    }

    @Test
    void a_trigger_deactivated_while_it_waits_is_withdrawn_and_cannot_be_approved_back_to_life() {
        var trigger = new AwardTrigger("T-8", new AwardTrigger.Definition("t", TriggerKind.STAR_UPGRADE, null, null, null,
                null, StarLevel.FIVE_STARS, 100), "alice", NOW);
        trigger.deactivate();
        assertThatThrownBy(() -> trigger.approve("bob")).isInstanceOf(AlreadyDecidedException.class);
        assertThat(trigger.isActive()).isFalse();
    }
}
