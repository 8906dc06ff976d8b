package io.jifen.imports;

import static io.jifen.customers.StarLevel.FIVE_STARS;
import static io.jifen.customers.StarLevel.FOUR_STARS;
import static io.jifen.customers.StarLevel.SIX_STARS;
import static io.jifen.customers.StarLevel.UNRATED;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class LevelReportTest {
    @Test
    void each_level_counts_the_customers_who_rose_to_it_fell_to_it_or_stayed() {
        var report = LevelReport.of(Map.of(
                new LevelMove(FOUR_STARS, FIVE_STARS), 7L,
                new LevelMove(SIX_STARS, FIVE_STARS), 2L,
                new LevelMove(FIVE_STARS, FIVE_STARS), 40L,
                new LevelMove(UNRATED, FOUR_STARS), 3L,
                new LevelMove(FIVE_STARS, FOUR_STARS), 1L));

        assertThat(report.levels()).containsExactly(
                new LevelReport.Line(FOUR_STARS, 3, 1, 0),
                new LevelReport.Line(FIVE_STARS, 7, 2, 40));
        assertThat(report.up()).isEqualTo(10);
        assertThat(report.down()).isEqualTo(3);
        assertThat(report.unchanged()).isEqualTo(40);
    }

    @Test
    void a_file_that_moved_nobody_yet_reports_nothing() {
        var report = LevelReport.of(Map.of());
        assertThat(report.levels()).isEmpty();
        assertThat(report.up() + report.down() + report.unchanged()).isZero();
    }
}
