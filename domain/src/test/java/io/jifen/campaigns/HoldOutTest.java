package io.jifen.campaigns;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class HoldOutTest {
    @Test
    void the_same_customer_in_the_same_campaign_always_lands_in_the_same_bucket() {
        for (int i = 0; i < 200; i++) {
            assertThat(HoldOut.bucket("C-abc", "CUST-" + i)).isEqualTo(HoldOut.bucket("C-abc", "CUST-" + i));
        }
        assertThat(HoldOut.bucket("C-abc", "CUST-1")).isEqualTo(HoldOut.bucket("C-abc", new String("CUST-1")));
    }

    @ParameterizedTest
    @ValueSource(ints = {5, 10, 20, 50})
    void about_the_chosen_share_is_held_out(int percent) {
        int heldOut = 0;
        for (int i = 0; i < 20_000; i++) {
            if (HoldOut.isHeldOut("C-share", "CUST-" + i, percent)) {
                heldOut++;
            }
        }
        double share = heldOut / 200.0;
        assertThat(share).isBetween(percent - 1.5, percent + 1.5);
    }

    @Test
    void no_one_is_held_out_at_zero_percent() {
        for (int i = 0; i < 5_000; i++) {
            assertThat(HoldOut.isHeldOut("C-zero", "CUST-" + i, 0)).isFalse();
        }
    }

    @Test
    void splits_of_different_campaigns_are_independent() {
        int both = 0;
        int first = 0;
        for (int i = 0; i < 20_000; i++) {
            boolean a = HoldOut.isHeldOut("C-one", "CUST-" + i, 10);
            boolean b = HoldOut.isHeldOut("C-two", "CUST-" + i, 10);
            first += a ? 1 : 0;
            both += a && b ? 1 : 0;
        }
        // independent 10 % splits overlap on about 1 % of customers, not on the same 10 %
        assertThat(first).isBetween(1_700, 2_300);
        assertThat(both).isBetween(120, 290);
    }
}
