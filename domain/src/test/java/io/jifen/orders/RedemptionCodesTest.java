package io.jifen.orders;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class RedemptionCodesTest {
    private static final Pattern VOUCHER =
            Pattern.compile("^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$");

    /** A SecureRandom that answers nextInt(bound) from a script, and records the bounds asked for. */
    private static final class ScriptedRandom extends SecureRandom {
        private final int[] script;
        private int next;
        final List<Integer> bounds = new ArrayList<>();

        ScriptedRandom(int... script) {
            this.script = script;
        }

        @Override
        public int nextInt(int bound) {
            bounds.add(bound);
            return script[next++ % script.length];
        }
    }

    /** A SecureRandom backed by a seeded java.util.Random: the same seed gives the same codes. */
    private static final class SeededRandom extends SecureRandom {
        private final Random random;

        SeededRandom(long seed) {
            this.random = new Random(seed);
        }

        @Override
        public int nextInt(int bound) {
            return random.nextInt(bound);
        }
    }

    private final RedemptionCodes codes = new RedemptionCodes();

    @Test
    void a_voucher_code_is_five_groups_of_four_crockford_characters() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.voucherCode()).matches(VOUCHER);
        }
    }

    @Test
    void ten_thousand_voucher_codes_are_all_distinct() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(codes.voucherCode());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void a_voucher_code_draws_twenty_symbols_of_thirty_two_that_is_one_hundred_bits() {
        var random = new ScriptedRandom(0);

        new RedemptionCodes(random).voucherCode();

        assertThat(random.bounds).hasSize(20).containsOnly(32);
    }

    @Test
    void the_symbols_are_the_crockford_alphabet_in_order() {
        var random = new ScriptedRandom(IntStream.range(0, 20).toArray());

        assertThat(new RedemptionCodes(random).voucherCode()).isEqualTo("0123-4567-89AB-CDEF-GHJK");
    }

    @Test
    void the_highest_symbols_skip_l_o_and_u() {
        var random = new ScriptedRandom(IntStream.range(12, 32).toArray());

        assertThat(new RedemptionCodes(random).voucherCode()).isEqualTo("CDEF-GHJK-MNPQ-RSTV-WXYZ");
    }

    @Test
    void a_voucher_code_never_holds_a_misreadable_letter() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.voucherCode()).doesNotContain("I", "L", "O", "U");
        }
    }

    @Test
    void codes_come_from_the_random_source_given() {
        var first = new RedemptionCodes(new SeededRandom(2026));
        var second = new RedemptionCodes(new SeededRandom(2026));

        assertThat(first.voucherCode()).isEqualTo(second.voucherCode());
        assertThat(first.pickupCode()).isEqualTo(second.pickupCode());
    }

    @Test
    void a_pickup_code_is_eight_digits() {
        for (int i = 0; i < 1_000; i++) {
            assertThat(codes.pickupCode()).matches("^[0-9]{8}$");
        }
    }

    @Test
    void a_small_pickup_number_keeps_its_leading_zeros() {
        assertThat(new RedemptionCodes(new ScriptedRandom(42)).pickupCode()).isEqualTo("00000042");
    }

    @Test
    void a_pickup_number_of_zero_is_eight_zeros() {
        assertThat(new RedemptionCodes(new ScriptedRandom(0)).pickupCode()).isEqualTo("00000000");
    }

    @Test
    void the_largest_pickup_number_is_eight_nines() {
        assertThat(new RedemptionCodes(new ScriptedRandom(99_999_999)).pickupCode()).isEqualTo("99999999");
    }

    @Test
    void a_pickup_code_draws_from_all_one_hundred_million_eight_digit_numbers() {
        var random = new ScriptedRandom(7);

        new RedemptionCodes(random).pickupCode();

        assertThat(random.bounds).containsExactly(100_000_000);
    }
}
