package io.jifen.customers;

import static io.jifen.customers.PersonalDataPolicy.Field.COURIER_ADDRESS;
import static io.jifen.customers.PersonalDataPolicy.Field.COURIER_PHONE;
import static io.jifen.customers.PersonalDataPolicy.Field.COURIER_RECIPIENT;
import static io.jifen.customers.PersonalDataPolicy.Field.CUSTOMER_NAME;
import static io.jifen.customers.PersonalDataPolicy.Field.CUSTOMER_PHONE;
import static io.jifen.customers.PersonalDataPolicy.Field.PICKUP_CODE;
import static io.jifen.customers.PersonalDataPolicy.Field.VOUCHER_CODE;
import static io.jifen.customers.PersonalDataPolicy.Visibility.HIDDEN;
import static io.jifen.customers.PersonalDataPolicy.Visibility.MASKED;
import static io.jifen.customers.PersonalDataPolicy.Visibility.WHOLE;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.customers.PersonalDataPolicy.Field;
import io.jifen.customers.PersonalDataPolicy.SearchAllowance;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Personal data by role (issue 12, findings 4 and 5): one table, read by the API and the admin UI. */
class PersonalDataPolicyTest {

    @Test
    void customer_service_sees_the_customer_name_and_phone_whole() {
        assertThat(PersonalDataPolicy.visibility("service", CUSTOMER_NAME)).isEqualTo(WHOLE);
        assertThat(PersonalDataPolicy.visibility("service", CUSTOMER_PHONE)).isEqualTo(WHOLE);
    }

    @ParameterizedTest
    @ValueSource(strings = {"procurement", "marketing", "fulfilment", "auditor", "admin", "partner"})
    void other_roles_see_the_customer_name_and_phone_masked(String role) {
        assertThat(PersonalDataPolicy.visibility(role, CUSTOMER_NAME)).isEqualTo(MASKED);
        assertThat(PersonalDataPolicy.visibility(role, CUSTOMER_PHONE)).isEqualTo(MASKED);
    }

    @Test
    void fulfilment_sees_the_courier_recipient_phone_and_address_whole_to_ship_the_parcel() {
        for (Field field : List.of(COURIER_RECIPIENT, COURIER_PHONE, COURIER_ADDRESS)) {
            assertThat(PersonalDataPolicy.visibility("fulfilment", field)).isEqualTo(WHOLE);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "auditor", "admin"})
    void other_staff_who_read_orders_see_courier_addresses_masked(String role) {
        for (Field field : List.of(COURIER_RECIPIENT, COURIER_PHONE, COURIER_ADDRESS)) {
            assertThat(PersonalDataPolicy.visibility(role, field)).isEqualTo(MASKED);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"service", "fulfilment", "admin", "auditor", "procurement", "marketing", "core-banking",
            "carrier"})
    void no_role_but_the_partner_sees_a_voucher_or_pickup_code_not_even_an_administrator(String role) {
        assertThat(PersonalDataPolicy.visibility(role, VOUCHER_CODE)).isEqualTo(HIDDEN);
        assertThat(PersonalDataPolicy.visibility(role, PICKUP_CODE)).isEqualTo(HIDDEN);
        assertThat(PersonalDataPolicy.visibility(List.of(role, "admin"), PICKUP_CODE)).isEqualTo(HIDDEN);
    }

    @Test
    void the_partner_sees_the_codes_of_what_it_ordered() {
        assertThat(PersonalDataPolicy.visibility("partner", VOUCHER_CODE)).isEqualTo(WHOLE);
        assertThat(PersonalDataPolicy.visibility("partner", PICKUP_CODE)).isEqualTo(WHOLE);
    }

    @ParameterizedTest
    @EnumSource(Field.class)
    void a_role_the_table_does_not_know_sees_nothing(Field field) {
        assertThat(PersonalDataPolicy.visibility("intruder", field)).isEqualTo(HIDDEN);
        assertThat(PersonalDataPolicy.visibility(Set.of(), field)).isEqualTo(HIDDEN);
    }

    @Test
    void an_actor_with_several_roles_sees_a_field_as_the_most_revealing_of_them() {
        assertThat(PersonalDataPolicy.visibility(Set.of("auditor", "service"), CUSTOMER_NAME)).isEqualTo(WHOLE);
        assertThat(PersonalDataPolicy.visibility(Set.of("procurement", "auditor"), COURIER_ADDRESS)).isEqualTo(MASKED);
    }

    @Test
    void a_masked_name_keeps_its_first_character_and_a_fixed_star() {
        assertThat(PersonalDataPolicy.mask(CUSTOMER_NAME, "王小明")).isEqualTo("王*");
        assertThat(PersonalDataPolicy.mask(COURIER_RECIPIENT, "Emily Zhao")).isEqualTo("E*");
    }

    @Test
    void a_masked_phone_keeps_its_first_three_and_last_four_digits() {
        assertThat(PersonalDataPolicy.mask(CUSTOMER_PHONE, "13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataPolicy.mask(COURIER_PHONE, "12345")).isEqualTo("****45");
    }

    @Test
    void a_masked_address_line_keeps_its_first_two_characters() {
        assertThat(PersonalDataPolicy.mask(COURIER_ADDRESS, "建国路 88 号")).isEqualTo("建国****");
    }

    @Test
    void showing_follows_the_visibility_and_a_secret_is_never_shown_in_part() {
        assertThat(PersonalDataPolicy.show(WHOLE, CUSTOMER_PHONE, "13812345678")).isEqualTo("13812345678");
        assertThat(PersonalDataPolicy.show(MASKED, CUSTOMER_PHONE, "13812345678")).isEqualTo("138****5678");
        assertThat(PersonalDataPolicy.show(HIDDEN, CUSTOMER_PHONE, "13812345678")).isNull();
        assertThat(PersonalDataPolicy.show(MASKED, VOUCHER_CODE, "7K2M-Q9XD-4HTR-B8WN-1CZE")).isNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "+86 138 1234 5678", "138-1234-5678", "王小明", "Wang Xiaoming"})
    void a_masked_role_may_not_search_by_a_full_phone_or_a_name(String query) {
        assertThat(PersonalDataPolicy.search(Set.of("auditor"), query)).isEqualTo(SearchAllowance.REFUSED);
        assertThat(PersonalDataPolicy.search(Set.of("admin"), query)).isEqualTo(SearchAllowance.REFUSED);
    }

    @ParameterizedTest
    @ValueSource(strings = {"C-DEMO-002", "C-1", "wang", "5678", ""})
    void a_masked_role_searches_by_customer_id_alone(String query) {
        assertThat(PersonalDataPolicy.search(Set.of("auditor"), query)).isEqualTo(SearchAllowance.ID);
    }

    @Test
    void customer_service_searches_by_id_name_or_phone() {
        assertThat(PersonalDataPolicy.search(Set.of("service"), "13812345678"))
                .isEqualTo(SearchAllowance.ID_NAME_OR_PHONE);
        assertThat(PersonalDataPolicy.search(Set.of("service"), "王小明")).isEqualTo(SearchAllowance.ID_NAME_OR_PHONE);
    }

    @Test
    void the_readme_table_is_the_policy() throws IOException {
        String readme = Files.readString(Path.of("..", "README.md"));

        assertThat(readme).as("README.md's role × field table, rendered from PersonalDataPolicy")
                .contains(PersonalDataPolicy.markdownTable());
    }
}
