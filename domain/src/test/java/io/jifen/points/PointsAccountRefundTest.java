package io.jifen.points;

import io.jifen.shared.Points;
import static io.jifen.points.LedgerBook.origin;
import static io.jifen.points.LedgerBookRefunds.refund;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class PointsAccountRefundTest {
    private static final Instant JAN = Instant.parse("2026-01-20T02:00:00Z");
    private static final Instant FEB = Instant.parse("2026-02-20T02:00:00Z");
    private static final Instant MAR = Instant.parse("2026-03-20T02:00:00Z");
    private static final Instant APR = Instant.parse("2026-04-20T02:00:00Z");
    private static final Instant SPENT = Instant.parse("2026-06-01T02:00:00Z");
    private static final Instant SPENT_AGAIN = Instant.parse("2026-07-01T02:00:00Z");
    private static final Instant REFUNDED = Instant.parse("2026-06-03T05:00:00Z");
    private static final Instant END_2027 = Instant.parse("2027-12-31T16:00:00Z");
    private static final Instant END_2028 = Instant.parse("2028-12-31T16:00:00Z");
    private static final Instant AFTER_END_2027 = Instant.parse("2028-01-02T00:00:00Z");
    private static final Instant AFTER_END_2028 = Instant.parse("2029-01-02T00:00:00Z");

    private final LedgerBook book = new LedgerBook();

    @Test
    void a_refund_returns_points_to_exactly_the_lots_the_redemption_drew_from() {
        Lot c = book.accrue("T3", 100, MAR, END_2028).newLots().getFirst();
        Lot a = book.accrue("T1", 50, FEB, END_2027).newLots().getFirst();
        Lot b = book.accrue("T2", 80, JAN, END_2028).newLots().getFirst();
        Posting redemption = book.redeem("R1", 170, SPENT);
        assertThat(a.remainingPoints().value()).isZero();
        assertThat(b.remainingPoints().value()).isZero();
        assertThat(c.remainingPoints().value()).isEqualTo(60);

        refund(book, redemption, REFUNDED);

        assertThat(a.remainingPoints().value()).isEqualTo(50);
        assertThat(b.remainingPoints().value()).isEqualTo(80);
        assertThat(c.remainingPoints().value()).isEqualTo(100);
    }

    @Test
    void a_refund_leaves_lots_the_redemption_did_not_draw_from_alone() {
        Lot drawn = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Lot untouched = book.accrue("T2", 100, FEB, END_2028).newLots().getFirst();
        Posting redemption = book.redeem("R1", 60, SPENT);

        Posting refund = refund(book, redemption, REFUNDED);

        assertThat(drawn.remainingPoints().value()).isEqualTo(100);
        assertThat(untouched.remainingPoints().value()).isEqualTo(100);
        assertThat(refund.movements()).extracting(LotMovement::lot).containsExactly(drawn);
    }

    @Test
    void a_refund_writes_one_refund_entry_that_undoes_the_redemption() {
        book.accrue("T1", 50, FEB, END_2027);
        book.accrue("T2", 80, JAN, END_2028);
        Posting redemption = book.redeem("R1", 120, SPENT);

        Posting refund = refund(book, redemption, REFUNDED);

        assertThat(refund.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.type()).isEqualTo(EntryType.REFUND);
            assertThat(entry.points().value()).isEqualTo(120);
            assertThat(entry.balanceAfter().value()).isEqualTo(130);
            assertThat(entry.undoes()).isSameAs(redemption.mainEntry());
            assertThat(entry.reference()).isEqualTo("REF-R1");
            assertThat(entry.occurredAt()).isEqualTo(REFUNDED);
            assertThat(entry.customerId()).isEqualTo(LedgerBook.CUSTOMER);
        });
        assertThat(refund.newLots()).isEmpty();
    }

    @Test
    void the_refund_movements_mirror_the_redemption_movements_lot_by_lot() {
        book.accrue("T3", 100, MAR, END_2028);
        book.accrue("T1", 50, FEB, END_2027);
        book.accrue("T2", 80, JAN, END_2028);
        Posting redemption = book.redeem("R1", 170, SPENT);

        Posting refund = refund(book, redemption, REFUNDED);

        assertThat(refund.movements()).extracting(LotMovement::lot)
                .containsExactlyElementsOf(redemption.movements().stream().map(LotMovement::lot).toList());
        assertThat(refund.movements()).extracting(LotMovement::points).extracting(Points::value).containsExactly(50L, 80L, 40L);
        assertThat(refund.movements()).allSatisfy(m -> assertThat(m.entry()).isSameAs(refund.mainEntry()));
    }

    @Test
    void a_refund_restores_the_balance_from_before_the_redemption() {
        book.accrue("T1", 50, FEB, END_2027);
        book.accrue("T2", 80, JAN, END_2028);
        long before = book.account.balance().value();
        Posting redemption = book.redeem("R1", 120, SPENT);

        refund(book, redemption, REFUNDED);

        assertThat(book.account.balance().value()).isEqualTo(before).isEqualTo(130);
    }

    @Test
    void after_a_refund_the_balance_equals_the_sum_of_entries_and_of_lots_remaining() {
        book.accrue("T3", 100, MAR, END_2028);
        book.accrue("T1", 50, FEB, END_2027);
        book.accrue("T2", 80, JAN, END_2028);
        Posting redemption = book.redeem("R1", 170, SPENT);

        refund(book, redemption, REFUNDED);

        assertThat(book.sumOfEntries()).isEqualTo(book.account.balance().value());
        assertThat(book.sumOfRemainingLots()).isEqualTo(book.account.balance().value());
        book.assertConsistent();
    }

    @Test
    void a_refund_returns_only_the_refunded_redemptions_points_when_others_were_spent_since() {
        Lot soon = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Lot late = book.accrue("T2", 100, FEB, END_2028).newLots().getFirst();
        Posting first = book.redeem("R1", 60, SPENT);
        book.redeem("R2", 70, SPENT_AGAIN);
        assertThat(soon.remainingPoints().value()).isZero();
        assertThat(late.remainingPoints().value()).isEqualTo(70);

        Posting refund = refund(book, first, SPENT_AGAIN.plusSeconds(60));

        assertThat(soon.remainingPoints().value()).isEqualTo(60);
        assertThat(late.remainingPoints().value()).isEqualTo(70);
        assertThat(refund.netPoints().value()).isEqualTo(60);
        assertThat(book.account.balance().value()).isEqualTo(130);
        book.assertConsistent();
    }

    @Test
    void a_lot_that_expired_since_the_redemption_is_not_revived() {
        Lot expiring = book.accrue("T1", 50, JAN, END_2027).newLots().getFirst();
        Lot lasting = book.accrue("T2", 100, FEB, END_2028).newLots().getFirst();
        Posting redemption = book.redeem("R1", 120, SPENT);
        book.expire(AFTER_END_2027);

        refund(book, redemption, AFTER_END_2027.plusSeconds(60));

        assertThat(expiring.remainingPoints().value()).isZero();
        assertThat(lasting.remainingPoints().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void the_refund_is_smaller_by_the_expired_lots_share() {
        book.accrue("T1", 50, JAN, END_2027);
        book.accrue("T2", 100, FEB, END_2028);
        Posting redemption = book.redeem("R1", 120, SPENT);
        book.expire(AFTER_END_2027);

        Posting refund = refund(book, redemption, AFTER_END_2027.plusSeconds(60));

        assertThat(refund.mainEntry().points().value()).as("120 redeemed, 50 of them from the expired lot").isEqualTo(70);
        assertThat(refund.movements()).singleElement().extracting(LotMovement::points).extracting(Points::value).isEqualTo(70L);
        assertThat(book.account.balance().value()).isEqualTo(100);
    }

    @Test
    void a_lot_past_its_expiry_is_not_revived_even_before_the_expiry_run() {
        Lot expiring = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Lot lasting = book.accrue("T2", 100, FEB, END_2028).newLots().getFirst();
        Posting redemption = book.redeem("R1", 130, SPENT);
        assertThat(expiring.remainingPoints().value()).isZero();

        Posting refund = refund(book, redemption, AFTER_END_2027);

        assertThat(refund.netPoints().value()).isEqualTo(30);
        assertThat(expiring.remainingPoints().value()).isZero();
        assertThat(lasting.remainingPoints().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void what_a_partly_spent_lot_still_holds_expires_normally_after_a_refund_skipped_it() {
        Lot expiring = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Posting redemption = book.redeem("R1", 30, SPENT);
        refund(book, redemption, AFTER_END_2027);
        assertThat(expiring.remainingPoints().value()).isEqualTo(70);

        book.expire(AFTER_END_2027.plusSeconds(60));

        assertThat(expiring.remainingPoints().value()).isZero();
        assertThat(expiring.expiredPoints().value()).isEqualTo(70);
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void a_lot_is_expired_for_a_refund_from_its_expiry_instant_on() {
        Lot lot = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Posting redemption = book.redeem("R1", 40, SPENT);

        Posting refund = refund(book, redemption, END_2027);

        assertThat(refund.isEmpty()).isTrue();
        assertThat(lot.remainingPoints().value()).isEqualTo(60);
    }

    @Test
    void a_lot_is_still_live_for_a_refund_just_before_its_expiry_instant() {
        Lot lot = book.accrue("T1", 100, JAN, END_2027).newLots().getFirst();
        Posting redemption = book.redeem("R1", 40, SPENT);

        Posting refund = refund(book, redemption, END_2027.minusNanos(1));

        assertThat(refund.netPoints().value()).isEqualTo(40);
        assertThat(lot.remainingPoints().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void when_every_lot_drawn_has_expired_the_refund_writes_nothing() {
        book.accrue("T1", 50, JAN, END_2027);
        book.accrue("T2", 100, FEB, END_2028);
        Posting redemption = book.redeem("R1", 120, SPENT);
        book.expire(AFTER_END_2028);
        assertThat(book.account.balance().value()).isZero();

        Posting refund = refund(book, redemption, AFTER_END_2028.plusSeconds(60));

        assertThat(refund.isEmpty()).isTrue();
        assertThat(refund.entries()).isEmpty();
        assertThat(refund.movements()).isEmpty();
        assertThat(refund.mainEntry()).isNull();
        assertThat(refund.netPoints().value()).isZero();
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }

    @Test
    void refunding_an_accrual_is_refused() {
        Posting accrual = book.accrue("T1", 100, JAN, END_2028);

        assertThatThrownBy(() -> book.account.refund(accrual.mainEntry(), accrual.movements(), REFUNDED,
                origin("REF-T1", REFUNDED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void refunding_a_staff_adjustment_against_the_customer_is_refused() {
        book.accrue("T1", 100, JAN, END_2028);
        Posting adjustment = book.keep(book.account.adjust(Points.of(-30), END_2028, book.openLotsAt(SPENT),
                origin("ADJ-1", SPENT)));

        assertThatThrownBy(() -> book.account.refund(adjustment.mainEntry(), adjustment.movements(), REFUNDED,
                origin("REF-ADJ-1", REFUNDED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(70);
        book.assertConsistent();
    }

    @Test
    void refunding_a_refund_is_refused() {
        book.accrue("T1", 100, JAN, END_2028);
        Posting redemption = book.redeem("R1", 30, SPENT);
        Posting refund = refund(book, redemption, REFUNDED);

        assertThatThrownBy(() -> book.account.refund(refund.mainEntry(), refund.movements(), APR.plusSeconds(1),
                origin("REF-REF", REFUNDED)))
                .isInstanceOf(IllegalArgumentException.class);

        assertThat(book.account.balance().value()).isEqualTo(100);
        book.assertConsistent();
    }

    @Test
    void a_refund_first_pays_back_a_shortfall_left_by_a_reversal() {
        var book = new LedgerBook();
        Posting accrual = book.accrue("T1", 100, Instant.parse("2026-02-01T02:00:00Z"), Instant.parse("2028-12-31T16:00:00Z"));
        Posting redemption = book.redeem("R1", 60, Instant.parse("2026-03-01T02:00:00Z"));
        book.reverse(accrual, Instant.parse("2026-04-01T02:00:00Z"));
        assertThat(book.account.shortfall().value()).isEqualTo(60);

        LedgerBookRefunds.refund(book, redemption, Instant.parse("2026-05-01T02:00:00Z"));

        assertThat(book.account.shortfall().value()).isZero();
        assertThat(book.account.balance().value()).isZero();
        book.assertConsistent();
    }
}
