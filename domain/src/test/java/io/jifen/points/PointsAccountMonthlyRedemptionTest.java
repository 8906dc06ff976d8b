package io.jifen.points;

import static io.jifen.points.LedgerBookRefunds.refund;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The month's redeemed points the quota reads, kept on the account in the bank's calendar (Asia/Shanghai). */
class PointsAccountMonthlyRedemptionTest {
    private static final Instant EARNED = Instant.parse("2026-01-05T02:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2028-12-31T16:00:00Z");
    private static final Instant JUNE_1 = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant JUNE_20 = Instant.parse("2026-06-20T02:00:00Z");
    /** 30 June 23:30 in Shanghai, still June there. */
    private static final Instant JUNE_30_LATE = Instant.parse("2026-06-30T15:30:00Z");
    /** 1 July 00:30 in Shanghai, though 30 June in UTC. */
    private static final Instant JULY_1_EARLY = Instant.parse("2026-06-30T16:30:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void redemptions_of_a_month_add_up_and_nothing_counts_before_the_first() {
        book.accrue("T1", 1_000, EARNED, EXPIRES);
        assertThat(book.account.redeemedInMonthOf(JUNE_1).value()).isZero();
        book.redeem("R1", 100, JUNE_1);
        book.redeem("R2", 250, JUNE_20);
        assertThat(book.account.redeemedInMonthOf(JUNE_30_LATE).value()).isEqualTo(350);
    }

    @Test
    void a_new_month_in_the_banks_calendar_starts_from_nothing() {
        book.accrue("T1", 1_000, EARNED, EXPIRES);
        book.redeem("R1", 100, JUNE_20);
        assertThat(book.account.redeemedInMonthOf(JULY_1_EARLY).value()).isZero();
        book.redeem("R2", 40, JULY_1_EARLY);
        assertThat(book.account.redeemedInMonthOf(JULY_1_EARLY).value()).isEqualTo(40);
        assertThat(book.account.redeemedInMonthOf(JUNE_30_LATE).value()).as("June is no longer kept").isZero();
    }

    @Test
    void an_order_given_up_no_longer_counts_in_its_month() {
        book.accrue("T1", 1_000, EARNED, EXPIRES);
        Posting first = book.redeem("R1", 100, JUNE_1);
        book.redeem("R2", 250, JUNE_20);
        refund(book, first, JUNE_20);
        assertThat(book.account.redeemedInMonthOf(JUNE_20).value()).isEqualTo(250);
    }

    @Test
    void giving_up_last_months_order_leaves_this_months_count_alone() {
        book.accrue("T1", 1_000, EARNED, EXPIRES);
        Posting june = book.redeem("R1", 100, JUNE_20);
        book.redeem("R2", 40, JULY_1_EARLY);
        refund(book, june, JULY_1_EARLY);
        assertThat(book.account.redeemedInMonthOf(JULY_1_EARLY).value()).isEqualTo(40);
    }
}
