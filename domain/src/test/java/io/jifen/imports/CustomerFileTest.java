package io.jifen.imports;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.customers.CreditRating;
import io.jifen.customers.CustomerStatus;
import io.jifen.customers.ProductHolding;
import io.jifen.customers.RiskLevel;
import java.io.IOException;
import java.io.StringReader;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.junit.jupiter.api.Test;

class CustomerFileTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 11, 30);

    @Test
    void a_row_is_the_whole_record_the_put_sends_with_lists_split_by_semicolons() {
        var row = (CustomerRow) read("C-1,\"陈, 静\",+86 139-0000-1111,ACTIVE,true,MEDIUM,A,GOLD_CREDIT_CARD; WEALTH_ACCOUNT,"
                + "RETIREE;REGION_SH,2015-06-01,acme@2026-11-01T09:00:00+08:00;jd@2026-10-01T00:00:00Z");

        assertThat(row.customerKey()).isEqualTo("C-1");
        assertThat(row.data().name()).isEqualTo("陈, 静");
        assertThat(row.data().phone()).isEqualTo("+86 139-0000-1111");
        assertThat(row.data().status()).isEqualTo(CustomerStatus.ACTIVE);
        assertThat(row.data().blacklisted()).isTrue();
        assertThat(row.data().riskLevel()).isEqualTo(RiskLevel.MEDIUM);
        assertThat(row.data().creditRating()).isEqualTo(CreditRating.A);
        assertThat(row.data().holdings()).containsExactlyInAnyOrder(ProductHolding.GOLD_CREDIT_CARD, ProductHolding.WEALTH_ACCOUNT);
        assertThat(row.marketing().segments()).containsExactly("REGION_SH", "RETIREE");
        assertThat(row.marketing().openedOn()).isEqualTo(LocalDate.of(2015, 6, 1));
        assertThat(row.partnerLinks()).containsExactlyInAnyOrderEntriesOf(Map.of(
                "acme", Instant.parse("2026-11-01T01:00:00Z"), "jd", Instant.parse("2026-10-01T00:00:00Z")));
    }

    @Test
    void empty_marketing_and_link_cells_leave_what_is_held_and_a_dash_empties_them() {
        var untouched = (CustomerRow) read("C-1,王,,ACTIVE,,LOW,AA,,,,");
        assertThat(untouched.data().blacklisted()).isFalse();
        assertThat(untouched.data().holdings()).isEmpty();
        assertThat(untouched.marketing().segments()).isNull();
        assertThat(untouched.marketing().openedOn()).isNull();
        assertThat(untouched.partnerLinks()).isNull();

        var emptied = (CustomerRow) read("C-1,王,,ACTIVE,,LOW,AA,,-,,-");
        assertThat(emptied.marketing().segments()).isEqualTo(Set.of());
        assertThat(emptied.partnerLinks()).isEmpty();
    }

    @Test
    void a_bad_cell_refuses_its_row_naming_the_field() {
        assertRefused("C-1,,,ACTIVE,,LOW,AA,,,,", "name", "is required");
        assertRefused("C-1,王,call me,ACTIVE,,LOW,AA,,,,", "phone", "phone number");
        assertRefused("C-1,王,,SLEEPING,,LOW,AA,,,,", "status", "is not one of");
        assertRefused("C-1,王,,ACTIVE,maybe,LOW,AA,,,,", "blacklisted", "true or false");
        assertRefused("C-1,王,,ACTIVE,,LOW,AA,GOLDEN_CARD,,,", "holdings", "is not one of");
        assertRefused("C-1,王,,ACTIVE,,LOW,AA,,retiree,,", "segments", "upper-case");
        assertRefused("C-1,王,,ACTIVE,,LOW,AA,,,2027-01-01,", "openedOn", "in the future");
        assertRefused("C-1,王,,ACTIVE,,LOW,AA,,,,acme", "partnerLinks", "partner@consentedAt");
        assertRefused("C-1,王,,ACTIVE,,LOW,AA,,,,acme@yesterday", "partnerLinks", "consent time of acme");
    }

    private static void assertRefused(String line, String field, String reason) {
        assertThat(read(line)).as(line).isInstanceOfSatisfying(UnreadableRow.class, bad -> {
            assertThat(bad.field()).isEqualTo(field);
            assertThat(bad.reason()).contains(reason);
            assertThat(bad.customerKey()).isEqualTo("C-1");
        });
    }

    private static ImportRow read(String line) {
        try (var parser = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(String.join(",", CustomerFile.COLUMNS) + "\n" + line + "\n"))) {
            return CustomerFile.read(parser.getRecords().getFirst(), TODAY);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
