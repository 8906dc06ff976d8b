package io.jifen.points;

import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class PointsAccountExpireTest {
    private static final Instant JAN_2026 = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant FEB_2026 = Instant.parse("2026-02-20T02:00:00Z");
    private static final Instant JAN_2027 = Instant.parse("2027-01-20T02:00:00Z");
    private static final Instant END_2027 = Instant.parse("2027-12-31T16:00:00Z");
    private static final Instant END_2028 = Instant.parse("2028-12-31T16:00:00Z");
    private static final Instant AFTER_END_2027 = Instant.parse("2028-01-02T00:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void a_lot_past_its_expiry_loses_what_is_left_in_it() {
        Lot old = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();
        Lot young = book.accrue("T2", 50, JAN_2027, END_2028).newLots().getFirst();

        book.expire(AFTER_END_2027);

        assertThat(old.remainingPoints().value()).isZero();
        assertThat(young.remainingPoints().value()).isEqualTo(50);
        assertThat(book.account.balance().value()).isEqualTo(50);
        book.assertConsistent();
    }

    @Test
    void a_lot_expires_exactly_at_its_expiry_instant() {
        Lot lot = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();

        Posting posting = book.keep(book.account.expire(List.of(lot), END_2027, "system"));

        assertThat(posting.entries()).hasSize(1);
        assertThat(lot.remainingPoints().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void a_lot_whose_expiry_has_not_come_is_left_alone_even_if_passed_in() {
        Lot lot = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();

        Posting posting = book.keep(book.account.expire(List.of(lot), END_2027.minusNanos(1), "system"));

        assertThat(posting.isEmpty()).isTrue();
        assertThat(posting.movements()).isEmpty();
        assertThat(lot.remainingPoints().value()).isEqualTo(100);
        assertThat(book.account.balance().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void only_what_is_left_in_a_partly_spent_lot_expires() {
        Lot lot = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();
        book.accrue("T2", 50, JAN_2027, END_2028);
        book.redeem("R1", 70, JAN_2027.plusSeconds(60));

        Posting posting = book.expire(AFTER_END_2027);

        assertThat(posting.entries()).singleElement().extracting(LedgerEntry::points).extracting(Points::value).isEqualTo(-30L);
        assertThat(lot.remainingPoints().value()).isZero();
        assertThat(book.account.balance().value()).isEqualTo(50);
        book.assertConsistent();
    }

    @Test
    void an_empty_lot_past_its_expiry_writes_nothing() {
        Lot lot = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();
        book.redeem("R1", 100, FEB_2026);

        Posting posting = book.keep(book.account.expire(List.of(lot), AFTER_END_2027, "system"));

        assertThat(posting.isEmpty()).isTrue();
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void expiry_writes_one_expiry_entry_per_lot() {
        Lot a = book.accrue("T1", 100, JAN_2026, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 40, FEB_2026, END_2027).newLots().getFirst();
        book.accrue("T3", 25, JAN_2027, END_2028);

        Posting posting = book.expire(AFTER_END_2027);

        assertThat(posting.entries()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.type()).isEqualTo(EntryType.EXPIRY);
            assertThat(entry.actor()).isEqualTo("system");
            assertThat(entry.occurredAt()).isEqualTo(END_2027);
            assertThat(entry.undoes()).isNull();
        });
        assertThat(posting.entries()).extracting(LedgerEntry::points).extracting(Points::value).containsExactly(-100L, -40L);
        assertThat(posting.entries()).extracting(LedgerEntry::balanceAfter).extracting(Points::value).containsExactly(65L, 25L);
        assertThat(posting.movements()).extracting(LotMovement::lot).containsExactly(a, b);
        assertThat(posting.movements()).extracting(LotMovement::points).extracting(Points::value).containsExactly(-100L, -40L);
        assertThat(posting.movements().get(0).entry()).isSameAs(posting.entries().get(0));
        assertThat(posting.movements().get(1).entry()).isSameAs(posting.entries().get(1));
        assertThat(posting.newLots()).isEmpty();
        assertThat(book.account.balance().value()).isEqualTo(25);
        book.assertConsistent();
    }

    @Test
    void expiring_twice_does_nothing_the_second_time() {
        book.accrue("T1", 100, JAN_2026, END_2027);
        book.accrue("T2", 25, JAN_2027, END_2028);
        book.expire(AFTER_END_2027);
        List<Lot> sameLotsAgain = List.copyOf(book.lots);

        Posting again = book.keep(book.account.expire(sameLotsAgain, AFTER_END_2027.plusSeconds(3600), "system"));

        assertThat(again.isEmpty()).isTrue();
        assertThat(again.movements()).isEmpty();
        assertThat(book.account.balance().value()).isEqualTo(25);
        assertThat(book.entries).hasSize(3);
        book.assertConsistent();
    }

    @Test
    void expiring_with_no_lots_writes_nothing() {
        Posting posting = book.keep(book.account.expire(List.of(), AFTER_END_2027, "system"));

        assertThat(posting.isEmpty()).isTrue();
        assertThat(posting.netPoints().value()).isZero();
        assertThat(book.account.balance().value()).isZero();
    }

    @Test
    void a_mixed_history_of_earning_spending_reversal_recovery_and_expiry_stays_consistent_at_every_step() {
        Posting accrual = book.accrue("T1", 100, JAN_2026, END_2027);
        book.accrue("T0", 60, FEB_2026, END_2027);
        book.redeem("R1", 150, FEB_2026.plusSeconds(3600));
        book.assertConsistent();
        book.reverse(accrual, FEB_2026.plusSeconds(7200));
        assertThat(book.account.shortfall().value()).isEqualTo(90);
        book.assertConsistent();
        book.accrue("T2", 200, JAN_2027, END_2028);
        assertThat(book.account.balance().value()).isEqualTo(110);
        book.assertConsistent();
        book.expire(AFTER_END_2027);
        assertThat(book.account.balance().value()).isEqualTo(110);
        book.assertConsistent();
        book.redeem("R2", 110, AFTER_END_2027.plusSeconds(60));
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
        book.expire(END_2028);
        assertThat(book.entries).hasSize(7);
        book.assertConsistent();
    }
}
