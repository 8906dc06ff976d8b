package io.jifen.procurement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class SupplierGradeTest {
    private static List<BigDecimal> ratios(String... values) {
        return java.util.Arrays.stream(values).map(BigDecimal::new).toList();
    }

    @Test
    void a_flawless_cheapest_supplier_is_graded_a_with_score_one() {
        var grade = SupplierGrade.of(new SupplierGrade.Record(100, 100, 4, 4, ratios("1")));

        assertThat(grade.grade()).isEqualTo("A");
        assertThat(grade.score()).isEqualByComparingTo("1.0000");
    }

    @Test
    void the_score_weighs_quality_forty_delivery_thirty_and_price_thirty_percent() {
        // quality 0.90, delivery 0.50, price 0.80 -> 0.36 + 0.15 + 0.24 = 0.75
        var grade = SupplierGrade.of(new SupplierGrade.Record(100, 90, 4, 2, ratios("0.8")));

        assertThat(grade.score()).isEqualByComparingTo("0.7500");
        assertThat(grade.grade()).isEqualTo("B");
    }

    @Test
    void just_below_the_b_line_is_c() {
        // quality 0.90, delivery 0.50, price 0.7966 -> 0.36 + 0.15 + 0.23898 = 0.74898
        var grade = SupplierGrade.of(new SupplierGrade.Record(100, 90, 4, 2, ratios("0.7966")));

        assertThat(grade.grade()).isEqualTo("C");
    }

    @Test
    void the_a_line_is_inclusive() {
        // quality 1, delivery 0.8, price 0.8667 -> 0.4 + 0.24 + 0.26001 = 0.90001
        var grade = SupplierGrade.of(new SupplierGrade.Record(10, 10, 5, 4, ratios("0.8667")));

        assertThat(grade.grade()).isEqualTo("A");
    }

    @Test
    void price_is_the_average_of_the_cheapest_over_own_price_per_gift() {
        assertThat(SupplierGrade.priceRatio(new BigDecimal("90.00"), new BigDecimal("100.00")))
                .isEqualByComparingTo("0.9");
        // quality 1, delivery 1, price (1 + 0.5)/2 = 0.75 -> 0.4 + 0.3 + 0.225 = 0.925
        var grade = SupplierGrade.of(new SupplierGrade.Record(10, 10, 1, 1, ratios("1", "0.5")));

        assertThat(grade.score()).isEqualByComparingTo("0.925");
        assertThat(grade.why()).anySatisfy(line -> assertThat(line).contains("price: 75.0%").contains("2 gift(s)"));
    }

    @Test
    void a_new_supplier_without_history_is_a_middling_b_and_told_why() {
        var grade = SupplierGrade.of(new SupplierGrade.Record(0, 0, 0, 0, List.of()));

        assertThat(grade.grade()).isEqualTo("B");
        assertThat(grade.score()).isEqualByComparingTo("0.80");
        assertThat(grade.why()).hasSize(4).anySatisfy(line -> assertThat(line).startsWith("quality: no deliveries"));
    }

    @Test
    void the_explanation_names_each_component_with_its_counts() {
        var grade = SupplierGrade.of(new SupplierGrade.Record(50, 45, 3, 2, ratios("1")));

        assertThat(grade.why()).containsSequence(
                "quality: 45 of 50 units passed QC (90.0%)",
                "delivery: 2 of 3 receipts on time (66.7%)",
                "price: 100.0% of the cheapest offer on average over 1 gift(s)");
    }

    @Test
    void poor_quality_makes_a_c() {
        var grade = SupplierGrade.of(new SupplierGrade.Record(100, 40, 10, 5, ratios("0.9")));

        assertThat(grade.grade()).isEqualTo("C");
    }

    @Test
    void an_inconsistent_record_is_refused() {
        assertThatThrownBy(() -> new SupplierGrade.Record(10, 11, 0, 0, List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
