package io.jifen.procurement;

import static io.jifen.procurement.PurchaseOrderStatus.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Money;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class PurchaseOrderTest {
    private static final Instant NOW = Instant.parse("2026-11-02T02:00:00Z");
    private static final Instant LATE = Instant.parse("2026-11-20T02:00:00Z");

    private static PurchaseOrder order() {
        return new PurchaseOrder("PO-1", "S-1", new BudgetPeriod("2026-11"), Money.CNY, LocalDate.parse("2026-11-10"),
                List.of(new PurchaseOrderLine("G-1", 10, new BigDecimal("99.90"), "CENTRAL"),
                        new PurchaseOrderLine("G-2", 4, new BigDecimal("250.00"), "SH-PUDONG")),
                "buyer-1", NOW);
    }

    private static PurchaseOrder in(PurchaseOrderStatus status) {
        var order = order();
        switch (status) {
            case DRAFT -> { }
            case SUBMITTED -> order.submit("buyer-1", NOW);
            case APPROVED -> approved(order);
            case PARTIALLY_RECEIVED -> {
                approved(order);
                order.receive(List.of(new PurchaseOrder.LineReceipt(1, 5, 5, null)), "clerk", NOW);
            }
            case RECEIVED -> {
                approved(order);
                receiveAll(order);
            }
            case CLOSED -> {
                approved(order);
                receiveAll(order);
                order.close("buyer-1", NOW);
            }
            case CANCELLED -> order.cancel("not needed", "buyer-1", NOW);
        }
        assertThat(order.status()).isEqualTo(status);
        return order;
    }

    private static void approved(PurchaseOrder order) {
        order.submit("buyer-1", NOW);
        order.approve("buyer-2", null, NOW);
    }

    private static void receiveAll(PurchaseOrder order) {
        order.receive(List.of(new PurchaseOrder.LineReceipt(1, 10, 10, null),
                new PurchaseOrder.LineReceipt(2, 4, 4, null)), "clerk", NOW);
    }

    @Test
    void a_new_order_is_a_draft_worth_its_lines() {
        var order = order();

        assertThat(order.status()).isEqualTo(DRAFT);
        assertThat(order.total()).isEqualTo(Money.yuan("1999.00"));
        assertThat(order.outstandingValue()).isEqualByComparingTo("1999.00");
    }

    @Test
    void an_order_without_lines_is_refused() {
        assertThatThrownBy(() -> new PurchaseOrder("PO-1", "S-1", new BudgetPeriod("2026-11"), Money.CNY, null,
                List.of(), "buyer-1", NOW)).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_line_needs_units_and_a_price() {
        assertThatThrownBy(() -> new PurchaseOrderLine("G-1", 0, BigDecimal.ONE, "CENTRAL"))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> new PurchaseOrderLine("G-1", 1, BigDecimal.ZERO, "CENTRAL"))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_line_names_at_most_a_million_units_whoever_drafts_it() {
        assertThatThrownBy(() -> new PurchaseOrderLine("G-1", PurchaseOrderLine.MAX_QUANTITY + 1, BigDecimal.ONE,
                "CENTRAL")).isInstanceOfSatisfying(InvalidRequestException.class,
                        e -> assertThat(e.field()).isEqualTo("quantity"));
        assertThat(new PurchaseOrderLine("G-1", PurchaseOrderLine.MAX_QUANTITY, BigDecimal.ONE, "CENTRAL").quantity())
                .isEqualTo(PurchaseOrderLine.MAX_QUANTITY);
    }

    @Test
    void submitting_records_who_and_when() {
        var order = in(SUBMITTED);

        assertThat(order.submittedBy()).isEqualTo("buyer-1");
        assertThat(order.submittedAt()).isEqualTo(NOW);
    }

    @Test
    void the_submitter_may_not_approve_their_own_order() {
        var order = in(SUBMITTED);

        assertThatThrownBy(() -> order.approve("buyer-1", null, NOW))
                .isInstanceOfSatisfying(FourEyesException.class, e -> {
                    assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE);
                    assertThat(e.reasons().getFirst().code()).isEqualTo("FOUR_EYES");
                });
        assertThat(order.status()).isEqualTo(SUBMITTED);
    }

    @Test
    void a_second_person_approves() {
        var order = in(SUBMITTED);

        order.approve("buyer-2", null, NOW);

        assertThat(order.status()).isEqualTo(APPROVED);
        assertThat(order.approvedBy()).isEqualTo("buyer-2");
    }

    @Test
    void returning_to_draft_forgets_the_submitter_so_the_next_submitter_counts() {
        var order = in(SUBMITTED);
        order.returnToDraft();
        order.submit("buyer-2", NOW);

        assertThatThrownBy(() -> order.approve("buyer-2", null, NOW)).isInstanceOf(FourEyesException.class);
        order.approve("buyer-1", null, NOW);
        assertThat(order.status()).isEqualTo(APPROVED);
    }

    @Test
    void receiving_part_of_the_order_makes_it_partially_received() {
        var order = in(APPROVED);

        var receipts = order.receive(List.of(new PurchaseOrder.LineReceipt(1, 6, 4, "scratched")), "clerk", NOW);

        assertThat(order.status()).isEqualTo(PARTIALLY_RECEIVED);
        assertThat(receipts).singleElement().satisfies(r -> {
            assertThat(r.received()).isEqualTo(6);
            assertThat(r.accepted()).isEqualTo(4);
            assertThat(r.rejected()).isEqualTo(2);
            assertThat(r.rejectReason()).isEqualTo("scratched");
            assertThat(r.giftId()).isEqualTo("G-1");
            assertThat(r.locationCode()).isEqualTo("CENTRAL");
            assertThat(r.onTime()).isTrue();
        });
        assertThat(order.line(1).outstanding()).isEqualTo(4);
        assertThat(order.line(1).rejectedQuantity()).isEqualTo(2);
        assertThat(order.outstandingValue()).isEqualByComparingTo("1399.60");
    }

    @Test
    void receiving_every_outstanding_unit_makes_it_received() {
        var order = in(PARTIALLY_RECEIVED);

        order.receive(List.of(new PurchaseOrder.LineReceipt(1, 5, 5, null),
                new PurchaseOrder.LineReceipt(2, 4, 3, "broken seal")), "clerk", NOW);

        assertThat(order.status()).isEqualTo(RECEIVED);
        assertThat(order.outstandingValue()).isEqualByComparingTo("0");
    }

    @Test
    void a_receipt_after_the_expected_day_is_late() {
        var order = in(APPROVED);

        var receipts = order.receive(List.of(new PurchaseOrder.LineReceipt(2, 1, 1, null)), "clerk", LATE);

        assertThat(receipts.getFirst().onTime()).isFalse();
    }

    @Test
    void over_receiving_is_refused_and_changes_nothing() {
        var order = in(PARTIALLY_RECEIVED);

        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(2, 1, 1, null),
                new PurchaseOrder.LineReceipt(1, 6, 6, null)), "clerk", NOW))
                .isInstanceOfSatisfying(OverReceivingException.class,
                        e -> assertThat(e.reasons().getFirst().code()).isEqualTo("OVER_RECEIVING"));
        assertThat(order.line(1).receivedQuantity()).isEqualTo(5);
        assertThat(order.line(2).receivedQuantity()).isZero();
    }

    @Test
    void two_parts_of_one_receipt_for_the_same_line_count_together() {
        var order = in(APPROVED);

        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(2, 3, 3, null),
                new PurchaseOrder.LineReceipt(2, 2, 2, null)), "clerk", NOW))
                .isInstanceOf(OverReceivingException.class);
    }

    @Test
    void rejected_units_need_a_reason() {
        var order = in(APPROVED);

        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(1, 2, 1, " ")), "clerk", NOW))
                .isInstanceOfSatisfying(InvalidRequestException.class, e -> assertThat(e.field()).isEqualTo("rejectReason"));
    }

    @Test
    void accepted_units_cannot_exceed_those_received_nor_be_negative() {
        var order = in(APPROVED);

        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(1, 2, 3, null)), "clerk", NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(1, 2, -1, "x")), "clerk", NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(1, 0, 0, null)), "clerk", NOW))
                .isInstanceOf(InvalidRequestException.class);
        assertThatThrownBy(() -> order.receive(List.of(new PurchaseOrder.LineReceipt(3, 1, 1, null)), "clerk", NOW))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void closing_a_short_delivery_answers_the_value_never_received() {
        var order = in(PARTIALLY_RECEIVED);

        assertThat(order.close("buyer-1", NOW)).isEqualByComparingTo("1499.50");
        assertThat(order.status()).isEqualTo(CLOSED);
    }

    @Test
    void cancelling_an_approved_order_releases_its_commitment_but_a_draft_has_none() {
        assertThat(in(APPROVED).cancel("supplier bankrupt", "buyer-1", NOW)).isEqualByComparingTo("1999.00");
        assertThat(in(DRAFT).cancel("typo", "buyer-1", NOW)).isEqualByComparingTo("0");
    }

    @Test
    void an_order_with_goods_received_cannot_be_cancelled() {
        var order = in(PARTIALLY_RECEIVED);

        assertThatThrownBy(() -> order.cancel("x", "buyer-1", NOW)).isInstanceOf(InvalidPurchaseOrderStateException.class);
    }

    private static final List<Action> ACTIONS = List.of(
            new Action("submit", o -> o.submit("buyer-3", NOW), EnumSet.of(DRAFT)),
            new Action("approve", o -> o.approve("buyer-3", null, NOW), EnumSet.of(SUBMITTED)),
            new Action("return to draft", PurchaseOrder::returnToDraft, EnumSet.of(SUBMITTED)),
            new Action("receive", o -> o.receive(List.of(new PurchaseOrder.LineReceipt(2, 1, 1, null)), "clerk", NOW),
                    EnumSet.of(APPROVED, PARTIALLY_RECEIVED)),
            new Action("close", o -> o.close("buyer-3", NOW), EnumSet.of(APPROVED, PARTIALLY_RECEIVED, RECEIVED)),
            new Action("cancel", o -> o.cancel("x", "buyer-3", NOW), EnumSet.of(DRAFT, SUBMITTED, APPROVED)));

    private record Action(String name, Consumer<PurchaseOrder> run, EnumSet<PurchaseOrderStatus> allowedFrom) {
    }

    @ParameterizedTest
    @EnumSource(PurchaseOrderStatus.class)
    void every_action_is_allowed_only_from_its_states(PurchaseOrderStatus from) {
        for (Action action : ACTIONS) {
            var order = in(from);
            if (action.allowedFrom().contains(from)) {
                action.run().accept(order);
            } else {
                assertThatThrownBy(() -> action.run().accept(order)).as(action.name() + " from " + from)
                        .isInstanceOfSatisfying(InvalidPurchaseOrderStateException.class,
                                e -> assertThat(e.code()).isEqualTo(ErrorCode.INVALID_STATE));
                assertThat(order.status()).isEqualTo(from);
            }
        }
    }

    @Test
    void closed_and_cancelled_are_final() {
        for (PurchaseOrderStatus next : PurchaseOrderStatus.values()) {
            assertThat(CLOSED.canBecome(next)).isFalse();
            assertThat(CANCELLED.canBecome(next)).isFalse();
        }
    }
}
