package io.jifen.points;

import io.jifen.shared.Points;
import static io.jifen.points.LedgerBook.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.ErrorCode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsAccountSpendTest {
    private static final Instant JAN = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-20T02:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-20T02:00:00Z");
    private static final Instant SPENT = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant END_2027 = Instant.parse("2027-12-31T16:00:00Z");
    private static final Instant END_2028 = Instant.parse("2028-12-31T16:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void spending_lowers_the_balance_and_writes_one_redemption_entry() {
        book.accrue("T1", 100, JAN, END_2028);

        Posting posting = book.redeem("R1", 30, SPENT);

        assertThat(book.account.balance().value()).isEqualTo(70);
        assertThat(posting.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(EntryType.REDEMPTION);
            assertThat(entry.points().value()).isEqualTo(-30);
            assertThat(entry.balanceAfter().value()).isEqualTo(70);
            assertThat(entry.reference()).isEqualTo("R1");
            assertThat(entry.occurredAt()).isEqualTo(SPENT);
        });
        assertThat(posting.newLots()).isEmpty();
        book.assertConsistent();
    }

    @Test
    void redemption_spends_soonest_expiring_lots_first() {
        Lot later = book.accrue("T1", 100, JAN, END_2028).newLots().getFirst();
        Lot sooner = book.accrue("T2", 100, FEB, END_2027).newLots().getFirst();

        Posting posting = book.redeem("R1", 60, SPENT);

        assertThat(sooner.remainingPoints().value()).isEqualTo(40);
        assertThat(later.remainingPoints().value()).isEqualTo(100);
        assertThat(posting.movements()).singleElement().satisfies(movement -> {
            assertThat(movement.lot()).isSameAs(sooner);
            assertThat(movement.points().value()).isEqualTo(-60);
        });
        book.assertConsistent();
    }

    @Test
    void among_lots_expiring_together_the_earliest_earned_is_spent_first() {
        Lot second = book.accrue("T2", 100, FEB, END_2028).newLots().getFirst();
        Lot first = book.accrue("T1", 100, JAN, END_2028).newLots().getFirst();

        book.redeem("R1", 60, SPENT);

        assertThat(first.remainingPoints().value()).isEqualTo(40);
        assertThat(second.remainingPoints().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void redemption_draws_across_several_lots_in_spending_order() {
        Lot c = book.accrue("T3", 100, MAR, END_2028).newLots().getFirst();
        Lot a = book.accrue("T1", 50, FEB, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 80, JAN, END_2028).newLots().getFirst();

        book.redeem("R1", 170, SPENT);

        assertThat(a.remainingPoints().value()).isZero();
        assertThat(b.remainingPoints().value()).isZero();
        assertThat(c.remainingPoints().value()).isEqualTo(60);
        assertThat(book.account.balance().value()).isEqualTo(60);
        book.assertConsistent();
    }

    @Test
    void spending_movements_name_each_lot_drawn_and_sum_to_the_points_spent() {
        Lot c = book.accrue("T3", 100, MAR, END_2028).newLots().getFirst();
        Lot a = book.accrue("T1", 50, FEB, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 80, JAN, END_2028).newLots().getFirst();

        Posting posting = book.redeem("R1", 170, SPENT);

        assertThat(posting.movements()).extracting(LotMovement::lot).containsExactly(a, b, c);
        assertThat(posting.movements()).extracting(LotMovement::points).extracting(Points::value).containsExactly(-50L, -80L, -40L);
        assertThat(posting.movements()).allSatisfy(m -> assertThat(m.entry()).isSameAs(posting.mainEntry()));
        assertThat(posting.movements().stream().map(LotMovement::points).mapToLong(Points::value).sum()).isEqualTo(-170);
    }

    @Test
    void spending_skips_lots_already_empty() {
        Lot a = book.accrue("T1", 50, JAN, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 50, FEB, END_2028).newLots().getFirst();
        book.redeem("R1", 50, SPENT);
        assertThat(a.remainingPoints().value()).isZero();

        Posting posting = book.keep(book.account.redeem(Points.of(20), List.copyOf(book.lots),
                origin("R2", SPENT)));

        assertThat(posting.movements()).singleElement().extracting(LotMovement::lot).isSameAs(b);
        assertThat(b.remainingPoints().value()).isEqualTo(30);
        book.assertConsistent();
    }

    @Test
    void spending_the_whole_balance_leaves_zero() {
        book.accrue("T1", 50, JAN, END_2027);
        book.accrue("T2", 70, FEB, END_2028);

        Posting posting = book.redeem("R1", 120, SPENT);

        assertThat(book.account.balance().value()).isZero();
        assertThat(posting.mainEntry().balanceAfter().value()).isZero();
        assertThat(book.lots).allSatisfy(lot -> assertThat(lot.remainingPoints().value()).isZero());
        book.assertConsistent();
    }

    @Test
    void a_staff_adjustment_against_the_customer_also_spends() {
        book.accrue("T1", 50, JAN, END_2027);

        Posting posting = book.keep(book.account.adjust(Points.of(-20), END_2028, book.openLotsAt(SPENT),
                origin("ADJ-1", SPENT)));

        assertThat(posting.mainEntry().type()).isEqualTo(EntryType.ADJUSTMENT);
        assertThat(posting.mainEntry().points().value()).isEqualTo(-20);
        assertThat(book.account.balance().value()).isEqualTo(30);
        book.assertConsistent();
    }

    @Test
    void spending_more_than_the_balance_is_refused_with_insufficient_points() {
        book.accrue("T1", 50, JAN, END_2027);
        book.accrue("T2", 70, FEB, END_2028);

        assertThatThrownBy(() -> book.redeem("R1", 121, SPENT))
                .isInstanceOf(InsufficientPointsException.class)
                .hasMessageContaining("121")
                .hasMessageContaining("120")
                .satisfies(e -> assertThat(((InsufficientPointsException) e).code())
                        .isEqualTo(ErrorCode.INSUFFICIENT_POINTS));
    }

    @Test
    void a_refused_spend_changes_nothing() {
        Lot a = book.accrue("T1", 50, JAN, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 70, FEB, END_2028).newLots().getFirst();

        assertThatThrownBy(() -> book.redeem("R1", 500, SPENT)).isInstanceOf(InsufficientPointsException.class);

        assertThat(book.account.balance().value()).isEqualTo(120);
        assertThat(a.remainingPoints().value()).isEqualTo(50);
        assertThat(b.remainingPoints().value()).isEqualTo(70);
        assertThat(book.entries).hasSize(2);
        book.assertConsistent();
    }

    @Test
    void spending_from_an_empty_account_is_refused() {
        assertThatThrownBy(() -> book.redeem("R1", 1, SPENT)).isInstanceOf(InsufficientPointsException.class);

        assertThat(book.account.balance().value()).isZero();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -5})
    void spending_refuses_zero_or_negative_points(long points) {
        book.accrue("T1", 50, JAN, END_2027);

        assertThatThrownBy(() -> book.redeem("R1", points, SPENT)).isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(50);
    }

    @Test
    void spending_order_puts_soonest_expiry_first_then_earliest_earned_and_accepts_null_ids() {
        LedgerEntry entry = LedgerEntry.accrual(LedgerBook.CUSTOMER, Points.of(1), Points.of(1), new Origin("X", "x", "t", JAN));
        Lot late = new Lot(LedgerBook.CUSTOMER, Points.of(1), JAN, END_2028, entry);
        Lot soonOld = new Lot(LedgerBook.CUSTOMER, Points.of(1), JAN, END_2027, entry);
        Lot soonNew = new Lot(LedgerBook.CUSTOMER, Points.of(1), FEB, END_2027, entry);

        List<Lot> sorted = java.util.stream.Stream.of(late, soonNew, soonOld)
                .sorted(PointsAccount.SPENDING_ORDER).toList();

        assertThat(sorted).containsExactly(soonOld, soonNew, late);
    }

    @Test
    void the_customers_own_redemptions_count_towards_a_burst_and_a_granted_gift_does_not() {
        book.accrue("T1", 1_000, JAN, END_2028);
        book.redeem("R1", 10, SPENT);
        book.redeem("R2", 10, SPENT.plusSeconds(60));
        book.keep(book.account.redeemGranted(Points.of(10), book.openLotsAt(SPENT.plusSeconds(90)),
                origin("G1", SPENT.plusSeconds(90))));

        assertThat(book.account.redemptionsSince(SPENT)).isEqualTo(2);
        assertThat(book.account.redemptionsSince(SPENT.plusSeconds(30))).isEqualTo(1);
        assertThat(book.account.balance().value()).isEqualTo(970);
        book.assertConsistent();
    }
}
