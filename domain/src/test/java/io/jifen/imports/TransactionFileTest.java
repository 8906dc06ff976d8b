package io.jifen.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.points.Activity;
import java.io.IOException;
import java.io.StringReader;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

class TransactionFileTest {
    private static final Instant NOW = Instant.parse("2026-11-30T00:00:00Z");

    @Test
    void an_accrual_row_reads_as_the_api_body_would() {
        var row = read("ACCRUAL,T-1,C-1,TIME_DEPOSIT,TD-3Y,200000.00,CNY,2026-11-29T10:00:00+08:00");

        assertThat(row).isInstanceOfSatisfying(TransactionRow.Accrual.class, accrual -> {
            assertThat(accrual.line()).isEqualTo(2);
            assertThat(accrual.request().activity()).isEqualTo(Activity.TIME_DEPOSIT);
            assertThat(accrual.request().productCode()).isEqualTo("TD-3Y");
            assertThat(accrual.request().amount()).isEqualByComparingTo(new BigDecimal("200000.00"));
            assertThat(accrual.request().occurredAt()).isEqualTo(Instant.parse("2026-11-29T02:00:00Z"));
        });
    }

    @Test
    void an_empty_currency_and_product_mean_cny_and_any_product() {
        var row = (TransactionRow.Accrual) read("ACCRUAL,T-1,C-1,DEPOSIT,,1.00,,2026-11-29T10:00:00Z");

        assertThat(row.request().currency()).isEqualTo("CNY");
        assertThat(row.request().productCode()).isNull();
    }

    @Test
    void a_reversal_needs_only_the_transaction_and_its_customer() {
        assertThat(read("REVERSAL,T-1,C-1,,,,,")).isEqualTo(new TransactionRow.Reversal(2, "T-1", "C-1"));
    }

    @Test
    void each_bad_field_is_named_with_the_apis_own_words() {
        assertRefused("ACCRUAL,T 1,C-1,DEPOSIT,,1.00,CNY,2026-11-29T10:00:00Z", "sourceTxnId", "must be 1-64 letters, digits or . _ : -");
        assertRefused("ACCRUAL,T-1,,DEPOSIT,,1.00,CNY,2026-11-29T10:00:00Z", "customerId", "is required");
        assertRefused("ACCRUAL,T-1,C-1,LOTTERY,,1.00,CNY,2026-11-29T10:00:00Z", "activity", "is not one of");
        assertRefused("ACCRUAL,T-1,C-1,DEPOSIT,,1e5,CNY,2026-11-29T10:00:00Z", "amount", "must be a yuan amount like 500000.00");
        assertRefused("ACCRUAL,T-1,C-1,DEPOSIT,,0.00,CNY,2026-11-29T10:00:00Z", "amount", "must be more than zero");
        assertRefused("ACCRUAL,T-1,C-1,DEPOSIT,,1.00,USD,2026-11-29T10:00:00Z", "currency", "only CNY is accepted");
        assertRefused("ACCRUAL,T-1,C-1,DEPOSIT,,1.00,CNY,2026-11-29", "occurredAt", "must be a time with its offset");
        assertRefused("ACCRUAL,T-1,C-1,DEPOSIT,,1.00,CNY,2026-12-01T00:00:00Z", "occurredAt", "is in the future");
        assertRefused("REFUND,T-1,C-1,DEPOSIT,,1.00,CNY,2026-11-29T10:00:00Z", "type", "must be ACCRUAL or REVERSAL");
    }

    @Test
    void a_row_with_too_few_fields_is_refused_not_the_file() {
        assertThat(read("ACCRUAL,T-1,C-1")).isInstanceOfSatisfying(UnreadableRow.class,
                bad -> assertThat(bad.reason()).isEqualTo("has 3 fields; the header has 8"));
    }

    @Test
    void an_unreadable_row_still_belongs_to_the_customer_it_names_so_one_partition_reports_it() {
        var bad = (UnreadableRow) read("ACCRUAL,T-1,C-7,DEPOSIT,,-1,CNY,2026-11-29T10:00:00Z");

        assertThat(bad.customerKey()).isEqualTo("C-7");
        assertThat(bad.reference()).isEqualTo("T-1");
    }

    private static void assertRefused(String line, String field, String reason) {
        assertThat(read(line)).as(line).isInstanceOfSatisfying(UnreadableRow.class, bad -> {
            assertThat(bad.field()).isEqualTo(field);
            assertThat(bad.reason()).startsWith(reason);
        });
    }

    private static ImportRow read(String line) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(String.join(",", TransactionFile.COLUMNS) + "\n" + line + "\n"))) {
            List<CSVRecord> records = parser.getRecords();
            return TransactionFile.read(records.getFirst(), NOW);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
