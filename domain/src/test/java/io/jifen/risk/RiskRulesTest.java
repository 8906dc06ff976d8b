package io.jifen.risk;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import java.util.List;
import org.junit.jupiter.api.Test;

class RiskRulesTest {
    @Test
    void a_burst_fires_at_its_threshold_of_redemptions_in_the_window() {
        var setting = AlertRule.REDEMPTION_BURST.defaults();
        assertThat(RiskRules.redemptionBurst(4, setting)).isFalse();
        assertThat(RiskRules.redemptionBurst(5, setting)).isTrue();
    }

    @Test
    void address_changes_count_each_order_that_names_another_place_than_the_one_before() {
        assertThat(RiskRules.addressChanges(List.of("a", "a", "b", "b", "a", "c"))).isEqualTo(3);
        assertThat(RiskRules.addressChanges(List.of("a", "a", "a"))).isZero();
        var setting = AlertRule.ADDRESS_CHANGES.defaults();
        assertThat(RiskRules.addressChanges(List.of("a", "b", "a"), setting)).isFalse();
        assertThat(RiskRules.addressChanges(List.of("a", "b", "a", "b"), setting)).isTrue();
    }

    @Test
    void a_shared_address_counts_the_customer_at_hand_too() {
        var setting = AlertRule.SHARED_ADDRESS.defaults();
        assertThat(RiskRules.sharedAddress(2, setting)).isFalse();
        assertThat(RiskRules.sharedAddress(3, setting)).isTrue();
    }

    @Test
    void an_earning_spike_is_judged_against_the_customers_own_average() {
        var setting = AlertRule.EARNING_SPIKE.defaults();
        // five earlier accruals averaging 1,000: 20,000 is twenty times that
        assertThat(RiskRules.earningSpike(5, 5_000, 20_000, 20_000, setting)).isTrue();
        assertThat(RiskRules.earningSpike(5, 5_000, 19_999, 19_999, setting)).isFalse();
        // a day of many ordinary accruals adds up to a spike too
        assertThat(RiskRules.earningSpike(5, 5_000, 1_000, 20_000, setting)).isTrue();
    }

    @Test
    void no_spike_without_history_or_below_the_floor() {
        var setting = AlertRule.EARNING_SPIKE.defaults();
        assertThat(RiskRules.earningSpike(4, 40, 1_000_000, 1_000_000, setting)).as("too little history").isFalse();
        assertThat(RiskRules.earningSpike(10, 100, 9_999, 9_999, setting)).as("below the floor").isFalse();
    }

    @Test
    void a_staff_user_signing_in_from_as_many_addresses_as_the_threshold_fires() {
        var setting = AlertRule.STAFF_SIGN_INS.defaults();
        assertThat(RiskRules.staffSignIns(2, setting)).isFalse();
        assertThat(RiskRules.staffSignIns(3, setting)).isTrue();
    }

    @Test
    void an_alert_on_a_staff_user_or_a_partner_never_holds_anything() {
        var holding = new AlertRuleSetting(AlertRule.STAFF_SIGN_INS, true, Severity.HIGH, 3, 60, true);
        var alert = new Alert(holding, AlertSubject.STAFF, "teller.wang", "3 addresses", java.time.Instant.EPOCH);
        assertThat(alert.holds()).isFalse();
        assertThat(alert.customerId()).isNull();
        assertThatThrownBy(() -> alert.hold("risk.li", java.time.Instant.EPOCH)).isInstanceOf(Alert.AlertClosedException.class);
    }

    @Test
    void only_a_high_alert_may_hold_redemptions_and_thresholds_stay_in_bounds() {
        var setting = AlertRule.ADDRESS_CHANGES.defaults();
        assertThatThrownBy(() -> setting.change(true, Severity.MEDIUM, 3, 60, true))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> setting.change(true, Severity.HIGH, 1, 60, false))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> AlertRule.REDEMPTION_BURST.defaults().change(true, Severity.HIGH, 21, 60, true))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void an_alert_lives_from_open_to_closed_and_its_hold_ends_with_it() {
        var alert = new Alert(AlertRule.REDEMPTION_BURST.defaults(), "C-1", "5 redemptions", java.time.Instant.EPOCH);
        assertThat(alert.holds()).isTrue();
        alert.investigate("risk.li", java.time.Instant.EPOCH);
        assertThat(alert.status()).isEqualTo(AlertStatus.INVESTIGATING);
        alert.close(false, "risk.li", "a family buying gifts for the festival", java.time.Instant.EPOCH);
        assertThat(alert.status()).isEqualTo(AlertStatus.CLOSED_NOT_FRAUD);
        assertThat(alert.holds()).isFalse();
        assertThatThrownBy(() -> alert.hold("risk.li", java.time.Instant.EPOCH)).isInstanceOf(Alert.AlertClosedException.class);
    }
}
