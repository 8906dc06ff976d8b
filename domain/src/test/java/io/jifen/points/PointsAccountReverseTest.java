package io.jifen.points;

import io.jifen.shared.Points;
import static io.jifen.points.LedgerBook.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsAccountReverseTest {
    private static final Instant JAN = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-20T02:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-20T02:00:00Z");
    private static final Instant REVERSED = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant END_2027 = Instant.parse("2027-12-31T16:00:00Z");
    private static final Instant END_2028 = Instant.parse("2028-12-31T16:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void reversing_an_untouched_accrual_takes_all_its_points_back() {
        book.accrue("T0", 40, JAN, END_2027);
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(book.account.balance().value()).isEqualTo(40);
        assertThat(book.account.shortfall().value()).isZero();
        assertThat(reversal.shortfallRecorded().value()).isZero();
        assertThat(reversal.netPoints().value()).isEqualTo(-100);
        assertThat(accrual.newLots().getFirst().remainingPoints().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void the_reversal_entry_undoes_the_accrual_entry() {
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(reversal.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(EntryType.REVERSAL);
            assertThat(entry.points().value()).isEqualTo(-100);
            assertThat(entry.balanceAfter().value()).isZero();
            assertThat(entry.undoes()).isSameAs(accrual.mainEntry());
            assertThat(entry.reference()).isEqualTo("REV-T1");
            assertThat(entry.occurredAt()).isEqualTo(REVERSED);
        });
        assertThat(reversal.newLots()).isEmpty();
    }

    @Test
    void reversal_takes_from_the_accruals_own_lot_first_even_when_another_expires_sooner() {
        Lot sooner = book.accrue("T0", 100, JAN, END_2027).newLots().getFirst();
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);
        Lot own = accrual.newLots().getFirst();

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(own.remainingPoints().value()).isZero();
        assertThat(sooner.remainingPoints().value()).isEqualTo(100);
        assertThat(reversal.movements()).singleElement().satisfies(m -> {
            assertThat(m.lot()).isSameAs(own);
            assertThat(m.points().value()).isEqualTo(-100);
            assertThat(m.entry()).isSameAs(reversal.mainEntry());
        });
        book.assertConsistent();
    }

    @Test
    void reversal_takes_the_rest_from_other_lots_soonest_expiring_first() {
        Lot late = book.accrue("T0", 100, JAN, END_2028).newLots().getFirst();
        Lot soon = book.accrue("T9", 30, JAN, END_2027).newLots().getFirst();
        Posting accrual = book.accrue("T1", 100, MAR, END_2028);
        Lot own = accrual.newLots().getFirst();
        // spends soon (30) and then late (50): own lot untouched, as it was earned last
        book.redeem("R1", 80, FEB.plusSeconds(86_400 * 40));
        assertThat(own.remainingPoints().value()).isEqualTo(100);
        // a second spend that reaches into the own lot
        book.redeem("R2", 90, REVERSED.minusSeconds(60));
        assertThat(late.remainingPoints().value()).isZero();
        assertThat(own.remainingPoints().value()).isEqualTo(60);
        // now add two more lots; reversal takes 60 from own, then 40 from the soonest
        Lot other2028 = book.accrue("T2", 50, MAR.plusSeconds(60), END_2028).newLots().getFirst();
        Lot other2027 = book.accrue("T3", 50, MAR.plusSeconds(120), END_2027).newLots().getFirst();

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(reversal.movements()).extracting(LotMovement::lot).containsExactly(own, other2027);
        assertThat(reversal.movements()).extracting(LotMovement::points).extracting(Points::value).containsExactly(-60L, -40L);
        assertThat(other2027.remainingPoints().value()).isEqualTo(10);
        assertThat(other2028.remainingPoints().value()).isEqualTo(50);
        assertThat(soon.remainingPoints().value()).isZero();
        assertThat(book.account.balance().value()).isEqualTo(60);
        assertThat(book.account.shortfall().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void reversing_points_already_spent_takes_only_what_the_balance_holds_and_records_the_rest_as_shortfall() {
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);
        book.redeem("R1", 70, MAR);

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(reversal.mainEntry().points().value()).isEqualTo(-30);
        assertThat(reversal.mainEntry().balanceAfter().value()).isZero();
        assertThat(reversal.shortfallRecorded().value()).isEqualTo(70);
        assertThat(book.account.shortfall().value()).isEqualTo(70);
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void reversal_never_takes_the_balance_below_zero_when_other_lots_cannot_cover_it() {
        book.accrue("T0", 20, JAN, END_2027);
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);
        book.redeem("R1", 110, MAR);
        assertThat(book.account.balance().value()).isEqualTo(10);

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(reversal.netPoints().value()).isEqualTo(-10);
        assertThat(reversal.shortfallRecorded().value()).isEqualTo(90);
        assertThat(book.account.balance().value()).isZero();
        assertThat(book.account.shortfall().value()).isEqualTo(90);
        book.assertConsistent();
    }

    @Test
    void reversing_with_a_zero_balance_writes_no_entry_but_records_the_full_shortfall() {
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);
        book.redeem("R1", 100, MAR);

        Posting reversal = book.reverse(accrual, REVERSED);

        assertThat(reversal.isEmpty()).isTrue();
        assertThat(reversal.entries()).isEmpty();
        assertThat(reversal.movements()).isEmpty();
        assertThat(reversal.mainEntry()).isNull();
        assertThat(reversal.netPoints().value()).isZero();
        assertThat(reversal.shortfallRecorded().value()).isEqualTo(100);
        assertThat(book.account.shortfall().value()).isEqualTo(100);
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void shortfalls_from_several_reversals_add_up() {
        Posting first = book.accrue("T1", 100, FEB, END_2028);
        Posting second = book.accrue("T2", 50, FEB.plusSeconds(60), END_2028);
        book.redeem("R1", 150, MAR);

        book.reverse(first, REVERSED);
        book.reverse(second, REVERSED.plusSeconds(60));

        assertThat(book.account.shortfall().value()).isEqualTo(150);
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void reversal_skips_the_accruals_own_lot_when_it_is_not_among_the_open_lots() {
        Posting accrual = book.accrue("T1", 100, FEB, END_2028);
        Lot own = accrual.newLots().getFirst();
        Lot other = book.accrue("T2", 100, MAR, END_2028).newLots().getFirst();

        Posting reversal = book.keep(book.account.reverse(accrual.mainEntry(), own, List.of(other),
                origin("REV-T1", REVERSED)));

        assertThat(reversal.movements()).singleElement().extracting(LotMovement::lot).isSameAs(other);
        assertThat(own.remainingPoints().value()).isEqualTo(100);
        assertThat(other.remainingPoints().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void only_accruals_are_reversed() {
        book.accrue("T1", 100, FEB, END_2028);
        Posting redemption = book.redeem("R1", 10, MAR);

        assertThatThrownBy(() -> book.account.reverse(redemption.mainEntry(), null, book.openLotsAt(REVERSED),
                origin("REV-R1", REVERSED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(90);
        assertThat(book.account.shortfall().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void reversing_an_adjustment_credit_is_refused() {
        Posting credit = book.keep(book.account.adjust(Points.of(25), END_2028, List.of(), origin("ADJ-1", FEB)));

        assertThatThrownBy(() -> book.account.reverse(credit.mainEntry(), credit.newLots().getFirst(),
                book.openLotsAt(REVERSED), origin("REV-ADJ-1", REVERSED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(25);
    }

    @Test
    void points_that_expired_before_the_reversal_are_not_taken_a_second_time() {
        Posting expiring = book.accrue("T1", 100, JAN, END_2027);
        book.accrue("T2", 100, FEB, END_2028);
        book.expire(END_2027.plusSeconds(3600));

        Posting reversal = book.reverse(expiring, END_2027.plusSeconds(7200));

        assertThat(reversal.isEmpty()).as("nothing left to take: expiry already took it").isTrue();
        assertThat(book.account.balance().value()).isEqualTo(100);
        assertThat(book.account.shortfall().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void a_partly_expired_accrual_reverses_only_what_expiry_left() {
        Posting accrual = book.accrue("T1", 100, JAN, END_2027);
        book.redeem("R1", 30, FEB);
        book.accrue("T2", 100, MAR, END_2028);
        book.expire(END_2027.plusSeconds(3600));

        Posting reversal = book.reverse(accrual, END_2027.plusSeconds(7200));

        assertThat(reversal.netPoints().value()).as("30 were spent, 70 expired: 30 are owed").isEqualTo(-30);
        assertThat(book.account.balance().value()).isEqualTo(70);
        book.assertConsistent();
    }
}
