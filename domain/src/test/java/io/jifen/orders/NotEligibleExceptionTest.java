package io.jifen.orders;

import static io.jifen.orders.RedemptionRequests.aCustomer;
import static io.jifen.orders.RedemptionRequests.aGift;
import static io.jifen.orders.RedemptionRequests.aRequest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.DomainException;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.Reason;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class NotEligibleExceptionTest {

    @Test
    void insufficient_points_alone_is_answered_as_insufficient_points() {
        var refused = new NotEligibleException(List.of(Ineligibility.INSUFFICIENT_POINTS));

        assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_POINTS);
    }

    @Test
    void a_balance_below_the_minimum_alone_is_answered_as_insufficient_points() {
        var refused = new NotEligibleException(List.of(Ineligibility.BELOW_MINIMUM_BALANCE));

        assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_POINTS);
    }

    @Test
    void both_points_reasons_together_are_answered_as_insufficient_points() {
        var refused = new NotEligibleException(
                List.of(Ineligibility.BELOW_MINIMUM_BALANCE, Ineligibility.INSUFFICIENT_POINTS));

        assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_POINTS);
    }

    @Test
    void out_of_stock_alone_is_answered_as_out_of_stock() {
        var refused = new NotEligibleException(List.of(Ineligibility.OUT_OF_STOCK));

        assertThat(refused.code()).isEqualTo(ErrorCode.OUT_OF_STOCK);
    }

    @Test
    void points_and_stock_together_are_answered_as_not_eligible() {
        var refused = new NotEligibleException(
                List.of(Ineligibility.INSUFFICIENT_POINTS, Ineligibility.OUT_OF_STOCK));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_ELIGIBLE);
    }

    @Test
    void a_points_reason_with_any_other_reason_is_answered_as_not_eligible() {
        var refused = new NotEligibleException(
                List.of(Ineligibility.INSUFFICIENT_POINTS, Ineligibility.BLACKLISTED));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_ELIGIBLE);
    }

    @ParameterizedTest
    @EnumSource(value = Ineligibility.class, mode = EnumSource.Mode.EXCLUDE,
            names = {"BELOW_MINIMUM_BALANCE", "INSUFFICIENT_POINTS", "OUT_OF_STOCK"})
    void any_other_single_reason_is_answered_as_not_eligible(Ineligibility reason) {
        var refused = new NotEligibleException(List.of(reason));

        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_ELIGIBLE);
    }

    @Test
    void reasons_lists_every_failed_rule_with_its_code_and_message_in_order() {
        var refused = new NotEligibleException(List.of(Ineligibility.BLACKLISTED, Ineligibility.INSUFFICIENT_POINTS,
                Ineligibility.OUT_OF_STOCK));

        assertThat(refused.reasons()).containsExactly(
                new Reason("BLACKLISTED", "the customer may not redeem"),
                new Reason("INSUFFICIENT_POINTS", "the balance is below the price"),
                new Reason("OUT_OF_STOCK", "the gift is out of stock"));
    }

    @Test
    void reasons_are_listed_even_when_the_code_is_a_specific_one() {
        var refused = new NotEligibleException(
                List.of(Ineligibility.BELOW_MINIMUM_BALANCE, Ineligibility.INSUFFICIENT_POINTS));

        assertThat(refused.reasons()).extracting(Reason::code)
                .containsExactly("BELOW_MINIMUM_BALANCE", "INSUFFICIENT_POINTS");
    }

    @ParameterizedTest
    @EnumSource(Ineligibility.class)
    void every_reason_carries_its_name_as_code_and_a_message_for_people(Ineligibility ineligibility) {
        var refused = new NotEligibleException(List.of(ineligibility));

        assertThat(refused.reasons()).singleElement().satisfies(reason -> {
            assertThat(reason.code()).isEqualTo(ineligibility.name());
            assertThat(reason.message()).isNotBlank();
        });
    }

    @Test
    void failed_lists_the_rules_as_given() {
        var refused = new NotEligibleException(List.of(Ineligibility.DORMANT, Ineligibility.GIFT_RETIRED));

        assertThat(refused.failed()).containsExactly(Ineligibility.DORMANT, Ineligibility.GIFT_RETIRED);
    }

    @Test
    void the_exception_keeps_its_own_copy_of_the_failed_rules() {
        List<Ineligibility> failed = new ArrayList<>(List.of(Ineligibility.DORMANT));
        var refused = new NotEligibleException(failed);

        failed.add(Ineligibility.CLOSED);

        assertThat(refused.failed()).containsExactly(Ineligibility.DORMANT);
        assertThatThrownBy(() -> refused.failed().add(Ineligibility.CLOSED))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void the_message_names_every_failed_rule() {
        var refused = new NotEligibleException(List.of(Ineligibility.DORMANT, Ineligibility.OUT_OF_STOCK));

        assertThat(refused).hasMessageContaining("DORMANT").hasMessageContaining("OUT_OF_STOCK");
    }

    @Test
    void it_is_a_domain_exception() {
        assertThat(new NotEligibleException(List.of(Ineligibility.CLOSED))).isInstanceOf(DomainException.class);
    }

    @Test
    void only_the_minimum_balance_and_the_price_are_about_points() {
        assertThat(List.of(Ineligibility.values())).filteredOn(Ineligibility::isAboutPoints)
                .containsExactlyInAnyOrder(Ineligibility.BELOW_MINIMUM_BALANCE, Ineligibility.INSUFFICIENT_POINTS);
    }

    @Test
    void what_eligibility_refuses_for_a_short_balance_becomes_insufficient_points() {
        var request = aRequest().customer(aCustomer()).gift(aGift().price(500)).balance(400).build();

        var refused = new NotEligibleException(new Eligibility(RedemptionPolicy.DEFAULT).check(request));

        assertThat(refused.code()).isEqualTo(ErrorCode.INSUFFICIENT_POINTS);
        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("INSUFFICIENT_POINTS");
    }
}
