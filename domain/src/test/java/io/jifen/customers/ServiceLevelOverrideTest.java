package io.jifen.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ServiceLevelOverrideTest {

    private static final LocalDate UNTIL = LocalDate.of(2025, 9, 30);

    @Test
    void an_override_keeps_what_it_was_granted_with() {
        var override = new ServiceLevelOverride(StarLevel.SIX_STARS, "VIP event guest", UNTIL, "rm.li");

        assertThat(override.level()).isEqualTo(StarLevel.SIX_STARS);
        assertThat(override.reason()).isEqualTo("VIP event guest");
        assertThat(override.until()).isEqualTo(UNTIL);
        assertThat(override.grantedBy()).isEqualTo("rm.li");
    }

    @Test
    void an_override_without_a_reason_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(StarLevel.SIX_STARS, null, UNTIL, "rm.li"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("reason");
    }

    @Test
    void an_override_with_an_empty_reason_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(StarLevel.SIX_STARS, "", UNTIL, "rm.li"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_override_with_a_blank_reason_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(StarLevel.SIX_STARS, " \t\n ", UNTIL, "rm.li"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_override_with_an_ideographic_space_as_reason_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(StarLevel.SIX_STARS, "\u3000", UNTIL, "rm.li"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void an_override_without_a_level_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(null, "VIP event guest", UNTIL, "rm.li"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_override_without_an_end_date_is_refused() {
        assertThatThrownBy(() -> new ServiceLevelOverride(StarLevel.SIX_STARS, "VIP event guest", null, "rm.li"))
                .isInstanceOf(NullPointerException.class);
    }

    @Test
    void an_override_is_in_force_before_its_end_date() {
        var override = new ServiceLevelOverride(StarLevel.SIX_STARS, "VIP event guest", UNTIL, "rm.li");

        assertThat(override.isInForceOn(UNTIL.minusDays(1))).isTrue();
    }

    @Test
    void an_override_is_in_force_on_its_end_date() {
        var override = new ServiceLevelOverride(StarLevel.SIX_STARS, "VIP event guest", UNTIL, "rm.li");

        assertThat(override.isInForceOn(UNTIL)).isTrue();
    }

    @Test
    void an_override_is_no_longer_in_force_the_day_after_its_end_date() {
        var override = new ServiceLevelOverride(StarLevel.SIX_STARS, "VIP event guest", UNTIL, "rm.li");

        assertThat(override.isInForceOn(UNTIL.plusDays(1))).isFalse();
    }
}
