package io.jifen.partners;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerRegistrationTest {
    private static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");

    private static PartnerTerms terms(RegistrationStatus status, CustomerScope scope) {
        return new PartnerTerms("Acme mall", status, scope, new RateLimits(10, 20));
    }

    @ParameterizedTest
    @ValueSource(strings = {"acme", "ACME", "a", "acme_store-2", "x234567890123456789012345678901234567890123456789012345678901234"})
    void an_id_of_1_to_64_letters_digits_dashes_and_underscores_is_well_formed(String id) {
        assertThat(RegistryIds.isWellFormed(id)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " acme", "acme ", "ac\"me", "\"acme\"", "acme.store", "ａｃｍｅ", "ac me", "acme\u0000",
            "x2345678901234567890123456789012345678901234567890123456789012345"})
    void an_id_with_anything_else_is_not_well_formed_and_is_never_normalised_into_one(String id) {
        assertThat(RegistryIds.isWellFormed(id)).isFalse();
        assertThatThrownBy(() -> new Partner(id, terms(RegistrationStatus.ACTIVE, CustomerScope.ALL_CUSTOMERS), NOW, "admin"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_null_id_is_not_well_formed() {
        assertThat(RegistryIds.isWellFormed(null)).isFalse();
    }

    @Test
    void a_registered_partner_keeps_its_id_exactly_as_written() {
        var partner = new Partner("Acme", terms(RegistrationStatus.ACTIVE, CustomerScope.ALL_CUSTOMERS), NOW, "admin");
        assertThat(partner.id()).isEqualTo("Acme");
        assertThat(partner.profile().id()).isEqualTo("Acme");
    }

    @Test
    void a_suspended_partner_is_not_active() {
        var partner = new Partner("acme", terms(RegistrationStatus.SUSPENDED, CustomerScope.ALL_CUSTOMERS), NOW, "admin");
        assertThat(partner.profile().isActive()).isFalse();
    }

    @Test
    void replacing_the_terms_suspends_and_reactivates_a_partner_and_records_who_did_it() {
        var partner = new Partner("acme", terms(RegistrationStatus.ACTIVE, CustomerScope.ALL_CUSTOMERS), NOW, "admin");
        partner.replaceTerms(terms(RegistrationStatus.SUSPENDED, CustomerScope.LINKED), NOW.plusSeconds(60), "admin2");
        assertThat(partner.profile().isActive()).isFalse();
        assertThat(partner.profile().seesAllCustomers()).isFalse();
        assertThat(partner.updatedBy()).isEqualTo("admin2");
        assertThat(partner.registeredBy()).isEqualTo("admin");
        partner.replaceTerms(terms(RegistrationStatus.ACTIVE, CustomerScope.LINKED), NOW.plusSeconds(120), "admin");
        assertThat(partner.profile().isActive()).isTrue();
    }

    @Test
    void only_an_all_customers_partner_sees_every_customer() {
        assertThat(terms(RegistrationStatus.ACTIVE, CustomerScope.ALL_CUSTOMERS)).satisfies(t ->
                assertThat(new Partner("bank-app", t, NOW, "admin").profile().seesAllCustomers()).isTrue());
        assertThat(new Partner("mall", terms(RegistrationStatus.ACTIVE, CustomerScope.LINKED), NOW, "admin").profile()
                .seesAllCustomers()).isFalse();
    }

    @Test
    void terms_need_a_name_a_status_and_a_scope() {
        assertThatThrownBy(() -> new PartnerTerms(" ", RegistrationStatus.ACTIVE, CustomerScope.LINKED, null))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("name");
        assertThatThrownBy(() -> new PartnerTerms("x".repeat(101), RegistrationStatus.ACTIVE, CustomerScope.LINKED, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PartnerTerms("Acme", null, CustomerScope.LINKED, null))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PartnerTerms("Acme", RegistrationStatus.ACTIVE, null, null))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void terms_without_limits_get_the_default_limits() {
        var terms = new PartnerTerms("Acme", RegistrationStatus.ACTIVE, CustomerScope.LINKED, null);
        assertThat(terms.limits()).isEqualTo(new RateLimits(100, 200));
    }

    @Test
    void a_missing_burst_holds_at_least_one_second_of_the_rate() {
        assertThat(RateLimits.of(500, null)).isEqualTo(new RateLimits(500, 500));
        assertThat(RateLimits.of(null, null)).isEqualTo(RateLimits.DEFAULT);
        assertThat(RateLimits.of(5, null)).isEqualTo(new RateLimits(5, 200));
    }

    @Test
    void limits_are_positive_bounded_and_the_burst_is_at_least_the_rate() {
        assertThatThrownBy(() -> new RateLimits(0, 10)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RateLimits(100_001, 200_000)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RateLimits(10, 1_000_001)).isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new RateLimits(10, 9)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("burst");
        assertThat(new RateLimits(10, 10).burst()).isEqualTo(10);
    }

    @Test
    void a_suspended_carrier_refuses_new_shipments_with_an_invalid_state() {
        var carrier = new Carrier("SF", "SF Express", RegistrationStatus.SUSPENDED, NOW, "admin");
        assertThatThrownBy(carrier::requireActive).isInstanceOf(CarrierSuspendedException.class)
                .satisfies(e -> assertThat(((CarrierSuspendedException) e).code()).isEqualTo(ErrorCode.INVALID_STATE));
        carrier.replace("SF Express", RegistrationStatus.ACTIVE, NOW, "admin");
        carrier.requireActive();
        assertThat(carrier.isActive()).isTrue();
    }

    @Test
    void a_carrier_id_follows_the_same_rule_as_a_partner_id() {
        assertThatThrownBy(() -> new Carrier("顺丰速运", "SF Express", RegistrationStatus.ACTIVE, NOW, "admin"))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("carrierId");
    }

    @Test
    void a_link_records_the_customers_consent_time_and_refuses_one_in_the_future() {
        var consent = NOW.minusSeconds(3600);
        var link = new CustomerLink("mall", "C-1", consent, NOW, "core");
        assertThat(link.consentedAt()).isEqualTo(consent);
        assertThatThrownBy(() -> new CustomerLink("mall", "C-1", NOW.plusSeconds(3600), NOW, "core"))
                .isInstanceOf(InvalidRequestException.class).extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("consentedAt");
        assertThatThrownBy(() -> new CustomerLink("mall", "C-1", null, NOW, "core"))
                .isInstanceOf(InvalidRequestException.class);
    }
}
