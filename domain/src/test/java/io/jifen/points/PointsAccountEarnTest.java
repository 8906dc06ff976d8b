package io.jifen.points;

import io.jifen.shared.Points;
import static io.jifen.points.LedgerBook.origin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PointsAccountEarnTest {
    private static final Instant EARNED = Instant.parse("2026-03-10T02:00:00Z");
    private static final Instant LATER = Instant.parse("2026-04-10T02:00:00Z");
    private static final Instant STILL_LATER = Instant.parse("2026-05-10T02:00:00Z");
    private static final Instant EXPIRES = Instant.parse("2028-12-31T16:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void a_new_account_has_nothing() {
        assertThat(book.account.customerId()).isEqualTo(LedgerBook.CUSTOMER);
        assertThat(book.account.openedAt()).isEqualTo(LedgerBook.OPENED);
        assertThat(book.account.balance().value()).isZero();
        assertThat(book.account.shortfall().value()).isZero();
    }

    @Test
    void earning_grows_the_balance() {
        book.accrue("T1", 100, EARNED, EXPIRES);
        book.accrue("T2", 40, LATER, EXPIRES);

        assertThat(book.account.balance().value()).isEqualTo(140);
        book.assertConsistent();
    }

    @Test
    void earning_writes_one_accrual_entry_with_the_balance_after() {
        book.accrue("T1", 100, EARNED, EXPIRES);

        Posting posting = book.accrue("T2", 40, LATER, EXPIRES);

        assertThat(posting.entries()).hasSize(1);
        LedgerEntry entry = posting.mainEntry();
        assertThat(entry.type()).isEqualTo(EntryType.ACCRUAL);
        assertThat(entry.points().value()).isEqualTo(40);
        assertThat(entry.balanceAfter().value()).isEqualTo(140);
        assertThat(entry.customerId()).isEqualTo(LedgerBook.CUSTOMER);
        assertThat(entry.reference()).isEqualTo("T2");
        assertThat(entry.description()).isEqualTo("test T2");
        assertThat(entry.actor()).isEqualTo("tester");
        assertThat(entry.occurredAt()).isEqualTo(LATER);
        assertThat(entry.undoes()).isNull();
        assertThat(posting.netPoints().value()).isEqualTo(40);
        assertThat(posting.shortfallRecorded().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void earning_makes_one_new_lot_with_the_points_and_the_expiry_given() {
        Posting posting = book.accrue("T1", 100, EARNED, EXPIRES);

        assertThat(posting.newLots()).hasSize(1);
        Lot lot = posting.newLots().getFirst();
        assertThat(lot.customerId()).isEqualTo(LedgerBook.CUSTOMER);
        assertThat(lot.originalPoints().value()).isEqualTo(100);
        assertThat(lot.remainingPoints().value()).isEqualTo(100);
        assertThat(lot.earnedAt()).isEqualTo(EARNED);
        assertThat(lot.expiresAt()).isEqualTo(EXPIRES);
        assertThat(lot.earnedBy()).isSameAs(posting.mainEntry());
        assertThat(lot.id()).isNull();
        book.assertConsistent();
    }

    @Test
    void earning_writes_one_movement_into_the_new_lot() {
        Posting posting = book.accrue("T1", 100, EARNED, EXPIRES);

        assertThat(posting.movements()).hasSize(1);
        LotMovement movement = posting.movements().getFirst();
        assertThat(movement.entry()).isSameAs(posting.mainEntry());
        assertThat(movement.lot()).isSameAs(posting.newLots().getFirst());
        assertThat(movement.points().value()).isEqualTo(100);
    }

    @Test
    void a_staff_adjustment_in_the_customers_favour_also_earns_a_lot() {
        Posting posting = book.keep(book.account.adjust(Points.of(25), EXPIRES, List.of(), origin("ADJ-1", EARNED)));

        assertThat(posting.mainEntry().type()).isEqualTo(EntryType.ADJUSTMENT);
        assertThat(posting.newLots()).singleElement().extracting(Lot::remainingPoints).extracting(Points::value).isEqualTo(25L);
        assertThat(book.account.balance().value()).isEqualTo(25);
        book.assertConsistent();
    }

    @ParameterizedTest
    @ValueSource(longs = {0, -1, -100})
    void earning_refuses_zero_or_negative_points(long points) {
        assertThatThrownBy(() -> book.account.accrue(Points.of(points), EXPIRES, origin("T1", EARNED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isZero();
    }

    /**
     * Replaces the run-time refusals of earn(REDEMPTION…) and spend(ACCRUAL…): each change has its
     * own method, which picks the entry type, so a wrong type no longer compiles.
     */
    @Test
    void no_account_method_takes_an_entry_type_so_a_wrong_one_cannot_be_passed() {
        assertThat(PointsAccount.class.getMethods())
                .noneMatch(method -> Arrays.asList(method.getParameterTypes()).contains(EntryType.class));
    }

    /** 100 earned and 70 spent, then the accrual reversed: 30 taken back, 70 left owed. */
    private Posting owe70() {
        Posting accrual = book.accrue("T1", 100, EARNED, EXPIRES);
        book.redeem("R1", 70, LATER);
        Posting reversal = book.reverse(accrual, LATER);
        assertThat(book.account.balance().value()).isZero();
        assertThat(book.account.shortfall().value()).isEqualTo(70);
        assertThat(reversal.shortfallRecorded().value()).isEqualTo(70);
        return reversal;
    }

    @Test
    void a_pending_shortfall_is_recovered_from_the_new_lot_first() {
        owe70();

        Posting posting = book.accrue("T2", 100, STILL_LATER, EXPIRES);

        Lot lot = posting.newLots().getFirst();
        assertThat(lot.originalPoints().value()).isEqualTo(100);
        assertThat(lot.remainingPoints().value()).isEqualTo(30);
        assertThat(book.account.shortfall().value()).isZero();
        assertThat(book.account.balance().value()).isEqualTo(30);
        book.assertConsistent();
    }

    @Test
    void recovering_a_shortfall_writes_a_reversal_entry_of_minus_the_points_recovered() {
        owe70();

        Posting posting = book.accrue("T2", 100, STILL_LATER, EXPIRES);

        assertThat(posting.entries()).extracting(LedgerEntry::type)
                .containsExactly(EntryType.ACCRUAL, EntryType.REVERSAL);
        assertThat(posting.entries()).extracting(LedgerEntry::points).extracting(Points::value).containsExactly(100L, -70L);
        assertThat(posting.entries()).extracting(LedgerEntry::balanceAfter).extracting(Points::value).containsExactly(100L, 30L);
        assertThat(posting.mainEntry().type()).isEqualTo(EntryType.ACCRUAL);
        LedgerEntry recovery = posting.entries().get(1);
        assertThat(recovery.reference()).isEqualTo("T2");
        assertThat(recovery.occurredAt()).isEqualTo(STILL_LATER);
        assertThat(posting.movements()).extracting(LotMovement::points).extracting(Points::value).containsExactly(100L, -70L);
        assertThat(posting.movements()).extracting(LotMovement::lot)
                .containsOnly(posting.newLots().getFirst());
        assertThat(posting.movements().get(1).entry()).isSameAs(recovery);
        assertThat(posting.netPoints().value()).isEqualTo(30);
        book.assertConsistent();
    }

    @Test
    void a_shortfall_larger_than_the_new_points_stays_partly_owed_and_the_balance_ends_at_zero() {
        owe70();

        Posting posting = book.accrue("T2", 50, STILL_LATER, EXPIRES);

        assertThat(posting.entries()).extracting(LedgerEntry::points).extracting(Points::value).containsExactly(50L, -50L);
        assertThat(posting.entries().get(1).balanceAfter().value()).isZero();
        assertThat(posting.newLots().getFirst().remainingPoints().value()).isZero();
        assertThat(book.account.shortfall().value()).isEqualTo(20);
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void a_shortfall_is_recovered_over_several_earnings_until_paid() {
        owe70();

        book.accrue("T2", 50, STILL_LATER, EXPIRES);
        book.accrue("T3", 50, STILL_LATER.plusSeconds(60), EXPIRES);

        assertThat(book.account.shortfall().value()).isZero();
        assertThat(book.account.balance().value()).isEqualTo(30);
        book.assertConsistent();

        Posting fourth = book.accrue("T4", 10, STILL_LATER.plusSeconds(120), EXPIRES);
        assertThat(fourth.entries()).as("nothing left to recover").hasSize(1);
        assertThat(book.account.balance().value()).isEqualTo(40);
        book.assertConsistent();
    }

    @Test
    void a_shortfall_exactly_equal_to_the_new_points_takes_the_whole_lot() {
        owe70();

        Posting posting = book.accrue("T2", 70, STILL_LATER, EXPIRES);

        assertThat(posting.netPoints().value()).isZero();
        assertThat(posting.newLots().getFirst().remainingPoints().value()).isZero();
        assertThat(book.account.shortfall().value()).isZero();
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }
}
