package io.jifen.customers;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CreditRatingTest {

    @Test
    void a_rating_is_at_least_itself() {
        for (CreditRating rating : CreditRating.values()) {
            assertThat(rating.isAtLeast(rating)).as(rating.name()).isTrue();
        }
    }

    @Test
    void a_better_rating_is_at_least_a_worse_one() {
        assertThat(CreditRating.AA.isAtLeast(CreditRating.A)).isTrue();
    }

    @Test
    void a_worse_rating_is_not_at_least_a_better_one() {
        assertThat(CreditRating.A.isAtLeast(CreditRating.AA)).isFalse();
    }

    @Test
    void aaa_is_at_least_every_rating() {
        for (CreditRating required : CreditRating.values()) {
            assertThat(CreditRating.AAA.isAtLeast(required)).as(required.name()).isTrue();
        }
    }

    @Test
    void only_aaa_is_at_least_aaa() {
        for (CreditRating rating : CreditRating.values()) {
            assertThat(rating.isAtLeast(CreditRating.AAA)).as(rating.name()).isEqualTo(rating == CreditRating.AAA);
        }
    }

    @Test
    void every_rating_is_at_least_c() {
        for (CreditRating rating : CreditRating.values()) {
            assertThat(rating.isAtLeast(CreditRating.C)).as(rating.name()).isTrue();
        }
    }

    @Test
    void c_is_not_at_least_b() {
        assertThat(CreditRating.C.isAtLeast(CreditRating.B)).isFalse();
    }

    @Test
    void bbb_meets_an_investment_grade_requirement_of_bbb_but_bb_does_not() {
        assertThat(CreditRating.BBB.isAtLeast(CreditRating.BBB)).isTrue();
        assertThat(CreditRating.BB.isAtLeast(CreditRating.BBB)).isFalse();
    }

    @Test
    void grades_run_from_best_to_worst() {
        assertThat(CreditRating.values()).containsExactly(
                CreditRating.AAA, CreditRating.AA, CreditRating.A, CreditRating.BBB,
                CreditRating.BB, CreditRating.B, CreditRating.C);
    }
}
