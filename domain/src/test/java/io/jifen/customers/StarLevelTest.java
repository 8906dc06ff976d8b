package io.jifen.customers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class StarLevelTest {

    @Nested
    class ForStarPoints {

        @Test
        void zero_star_points_is_unrated() {
            assertThat(StarLevel.forStarPoints(0)).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void one_star_point_is_quasi_star() {
            assertThat(StarLevel.forStarPoints(1)).isEqualTo(StarLevel.QUASI_STAR);
        }

        @Test
        void forty_nine_star_points_is_still_quasi_star() {
            assertThat(StarLevel.forStarPoints(49)).isEqualTo(StarLevel.QUASI_STAR);
        }

        @Test
        void fifty_star_points_is_three_stars() {
            assertThat(StarLevel.forStarPoints(50)).isEqualTo(StarLevel.THREE_STARS);
        }

        @Test
        void four_hundred_ninety_nine_star_points_is_still_three_stars() {
            assertThat(StarLevel.forStarPoints(499)).isEqualTo(StarLevel.THREE_STARS);
        }

        @Test
        void five_hundred_star_points_is_four_stars() {
            assertThat(StarLevel.forStarPoints(500)).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void one_thousand_nine_hundred_ninety_nine_star_points_is_still_four_stars() {
            assertThat(StarLevel.forStarPoints(1_999)).isEqualTo(StarLevel.FOUR_STARS);
        }

        @Test
        void two_thousand_star_points_is_five_stars() {
            assertThat(StarLevel.forStarPoints(2_000)).isEqualTo(StarLevel.FIVE_STARS);
        }

        @Test
        void nine_thousand_nine_hundred_ninety_nine_star_points_is_still_five_stars() {
            assertThat(StarLevel.forStarPoints(9_999)).isEqualTo(StarLevel.FIVE_STARS);
        }

        @Test
        void ten_thousand_star_points_is_six_stars() {
            assertThat(StarLevel.forStarPoints(10_000)).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void seventy_nine_thousand_nine_hundred_ninety_nine_star_points_is_still_six_stars() {
            assertThat(StarLevel.forStarPoints(79_999)).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void eighty_thousand_star_points_is_private_banking_seven_stars() {
            assertThat(StarLevel.forStarPoints(80_000)).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void the_largest_possible_star_points_is_seven_stars() {
            assertThat(StarLevel.forStarPoints(Long.MAX_VALUE)).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void minus_one_star_point_is_refused() {
            assertThatThrownBy(() -> StarLevel.forStarPoints(-1))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("-1");
        }

        @Test
        void the_most_negative_star_points_are_refused() {
            assertThatThrownBy(() -> StarLevel.forStarPoints(Long.MIN_VALUE))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void no_star_points_ever_give_the_missing_level_two() {
            for (long points : new long[] {0, 1, 2, 49, 50}) {
                assertThat(StarLevel.forStarPoints(points).number()).isNotEqualTo(2);
            }
        }
    }

    @Nested
    class Numbers {

        @Test
        void levels_carry_the_numbers_the_api_shows() {
            assertThat(StarLevel.values())
                    .extracting(StarLevel::number)
                    .containsExactly(0, 1, 3, 4, 5, 6, 7);
        }

        @Test
        void each_number_finds_its_own_level() {
            for (StarLevel level : StarLevel.values()) {
                assertThat(StarLevel.ofNumber(level.number())).isSameAs(level);
            }
        }

        @Test
        void zero_is_unrated() {
            assertThat(StarLevel.ofNumber(0)).isEqualTo(StarLevel.UNRATED);
        }

        @Test
        void one_is_quasi_star() {
            assertThat(StarLevel.ofNumber(1)).isEqualTo(StarLevel.QUASI_STAR);
        }

        @Test
        void seven_is_seven_stars() {
            assertThat(StarLevel.ofNumber(7)).isEqualTo(StarLevel.SEVEN_STARS);
        }

        @Test
        void two_has_no_level_and_is_refused() {
            assertThatThrownBy(() -> StarLevel.ofNumber(2))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("2");
        }

        @Test
        void eight_has_no_level_and_is_refused() {
            assertThatThrownBy(() -> StarLevel.ofNumber(8))
                    .isInstanceOf(IllegalArgumentException.class);
        }

        @Test
        void a_negative_number_has_no_level_and_is_refused() {
            assertThatThrownBy(() -> StarLevel.ofNumber(-1))
                    .isInstanceOf(IllegalArgumentException.class);
        }
    }

    @Nested
    class Ordering {

        @Test
        void a_higher_level_is_above_a_lower_one() {
            assertThat(StarLevel.FIVE_STARS.isAbove(StarLevel.FOUR_STARS)).isTrue();
        }

        @Test
        void a_lower_level_is_not_above_a_higher_one() {
            assertThat(StarLevel.FOUR_STARS.isAbove(StarLevel.FIVE_STARS)).isFalse();
        }

        @Test
        void a_level_is_not_above_itself() {
            assertThat(StarLevel.SIX_STARS.isAbove(StarLevel.SIX_STARS)).isFalse();
        }

        @Test
        void quasi_star_is_above_unrated() {
            assertThat(StarLevel.QUASI_STAR.isAbove(StarLevel.UNRATED)).isTrue();
        }

        @Test
        void three_stars_is_directly_above_quasi_star() {
            assertThat(StarLevel.THREE_STARS.isAbove(StarLevel.QUASI_STAR)).isTrue();
        }

        @Test
        void highest_picks_the_higher_level_whichever_comes_first() {
            assertThat(StarLevel.highest(StarLevel.THREE_STARS, StarLevel.SIX_STARS)).isEqualTo(StarLevel.SIX_STARS);
            assertThat(StarLevel.highest(StarLevel.SIX_STARS, StarLevel.THREE_STARS)).isEqualTo(StarLevel.SIX_STARS);
        }

        @Test
        void highest_of_a_level_and_itself_is_that_level() {
            assertThat(StarLevel.highest(StarLevel.FOUR_STARS, StarLevel.FOUR_STARS)).isEqualTo(StarLevel.FOUR_STARS);
        }
    }
}
