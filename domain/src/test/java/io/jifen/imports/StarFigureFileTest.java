package io.jifen.imports;

import static io.jifen.customers.StarPointComponent.CARD_PURCHASES;
import static io.jifen.customers.StarPointComponent.SHORT_TERM_ASSETS;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.customers.StarLevel;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class StarFigureFileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_row_is_one_customers_whole_report_and_empty_cells_are_components_without_business() {
        var row = (StarFigureRow) read("C-1,2026-10-31,200000.00,,,,,,5000,");

        assertThat(row.line()).isEqualTo(2);
        assertThat(row.customerKey()).isEqualTo("C-1");
        assertThat(row.report().periodEnd()).isEqualTo(LocalDate.of(2026, 10, 31));
        assertThat(row.report().figures()).containsExactlyInAnyOrderEntriesOf(Map.of(
                SHORT_TERM_ASSETS, new BigDecimal("200000.00"), CARD_PURCHASES, new BigDecimal("5000")));
        // 200,000 × 135 / 10,000 + 5,000 × 400 / 10,000
        assertThat(row.report().rating().starPoints()).isEqualTo(2_700 + 200);
        assertThat(row.report().rating().contribution()).isEqualTo(StarLevel.FIVE_STARS);
    }

    @Test
    void the_columns_are_the_components_of_the_star_table_in_its_order() {
        assertThat(StarFigureFile.COLUMNS).startsWith("customerId", "periodEnd", "SHORT_TERM_ASSETS")
                .endsWith("SETTLEMENT").hasSize(10);
    }

    @Test
    void a_bad_cell_refuses_its_row_naming_the_field() {
        assertRefused("C-1,2026-10-31,-1.00,,,,,,,", "SHORT_TERM_ASSETS", "yuan amount");
        assertRefused("C-1,2026-10-31,,,,,,,1.234,", "CARD_PURCHASES", "yuan amount");
        assertRefused("C-1,31/10/2026,1.00,,,,,,,", "periodEnd", "date like");
        assertRefused("C-1,2026-12-31,1.00,,,,,,,", "periodEnd", "in the future");
        assertRefused("C 1,2026-10-31,1.00,,,,,,,", "customerId", "letters, digits");
        assertRefused(",2026-10-31,1.00,,,,,,,", "customerId", "is required");
    }

    @Test
    void a_row_with_too_few_fields_is_refused_whole() {
        var bad = (UnreadableRow) read("C-1,2026-10-31,1.00");
        assertThat(bad.customerKey()).isEqualTo("C-1");
        assertThat(bad.reason()).contains("has 3 fields");
    }

    private static void assertRefused(String line, String field, String reason) {
        assertThat(read(line)).as(line).isInstanceOfSatisfying(UnreadableRow.class, bad -> {
            assertThat(bad.field()).isEqualTo(field);
            assertThat(bad.reason()).contains(reason);
        });
    }

    static ImportRow read(String line) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(String.join(",", StarFigureFile.COLUMNS) + "\n" + line + "\n"))) {
            return StarFigureFile.read(parser.getRecords().getFirst(), TODAY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
