package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.customers.StarLevel;
import io.jifen.shared.ErrorCode;
import io.jifen.shared.InvalidRequestException;
import io.jifen.shared.Reason;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** The order's fulfilment steps (domain.md "Redemption orders and fulfilment"), one behaviour per test. */
class OrderFulfilmentTest {
    private static final Instant PLACED_AT = Instant.parse("2026-03-15T02:00:00Z");
    private static final Instant T1 = PLACED_AT.plusSeconds(3_600);
    private static final Instant T2 = T1.plusSeconds(3_600);
    private static final Instant T3 = T2.plusSeconds(3_600);
    private static final String BRANCH = "BJ-CHAOYANG";
    private static final String CODE = "00420042";
    private static final String STAFF = "fulfilment-li";
    private static final DeliveryAddress ADDRESS =
            new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");
    private static final FulfilmentDeadlines DEADLINES = new FulfilmentDeadlines(Map.of(
            OrderStatus.PLACED, Duration.ofDays(1), OrderStatus.ALLOCATED, Duration.ofDays(3),
            OrderStatus.READY_FOR_PICKUP, Duration.ofDays(30), OrderStatus.SHIPPED, Duration.ofDays(7)));

    /** Two units at 120 points each: 240 charged. */
    private static RedemptionOrder order(Fulfilment fulfilment) {
        return new RedemptionOrder(new OrderId("O-0001"), "mobile-bank", new CustomerId("C-0001"), new GiftId("G-0001"), 2, Points.of(240), fulfilment, "CENTRAL",
                4711L, PLACED_AT, "partner:mobile-bank");
    }

    private static RedemptionOrder courier() {
        return order(new Fulfilment(Channel.COURIER, null, ADDRESS));
    }

    private static RedemptionOrder pickup() {
        var order = order(new Fulfilment(Channel.BRANCH_PICKUP, BRANCH, null));
        order.issuePickupCode(CODE);
        return order;
    }

    private static RedemptionOrder voucher() {
        var order = order(new Fulfilment(Channel.E_VOUCHER, null, null));
        order.issueVoucher("7K2M-Q9XD-4HTR-B8WN-1CZE", PLACED_AT, "system");
        return order;
    }

    private static RedemptionOrder allocatedCourier() {
        var order = courier();
        order.allocateTo("CENTRAL", T1, STAFF);
        return order;
    }

    private static RedemptionOrder shippedCourier() {
        var order = allocatedCourier();
        order.ship("SF Express", "SF1234567890", T2, STAFF);
        return order;
    }

    private static RedemptionOrder allocatedPickup() {
        var order = pickup();
        order.allocateTo(BRANCH, T1, STAFF);
        return order;
    }

    private static RedemptionOrder readyPickup() {
        var order = allocatedPickup();
        order.readyForPickup(T2, STAFF);
        return order;
    }

    /** An order of the channel driven to the state by allowed steps (CANCELLED from PLACED). */
    private static RedemptionOrder orderIn(OrderStatus status) {
        return switch (status) {
            case PLACED -> courier();
            case ALLOCATED -> allocatedCourier();
            case SHIPPED -> shippedCourier();
            case READY_FOR_PICKUP -> readyPickup();
            case ISSUED -> voucher();
            case DELIVERED -> {
                var order = shippedCourier();
                order.markDelivered(T3, "carrier", "delivered");
                yield order;
            }
            case COLLECTED -> {
                var order = readyPickup();
                order.handOver(CODE, T3, STAFF);
                yield order;
            }
            case CANCELLED -> {
                var order = courier();
                order.cancel(T1, "customer", "changed my mind");
                yield order;
            }
            case FAILED -> {
                var order = courier();
                order.fail("lost in the warehouse", T1, STAFF);
                yield order;
            }
            case REFUNDED -> {
                var order = courier();
                order.fail("lost in the warehouse", T1, STAFF);
                order.refund(T1, STAFF);
                yield order;
            }
        };
    }

    private static Gift gift(String id, long price, Set<Channel> channels, Set<String> partners, StarLevel minLevel) {
        return new Gift(new GiftId(id), new GiftDetails("SKU-" + id, "礼品 " + id, "Gift " + id, null, null, GiftCategory.HOUSEHOLD,
                GiftType.PHYSICAL, Points.of(price), minLevel, null, channels, partners, new BigDecimal("50.00"), 0, null),
                PLACED_AT);
    }

    private static Gift substitute(long price) {
        return gift("G-0002", price, Set.of(Channel.COURIER, Channel.BRANCH_PICKUP), Set.of(), StarLevel.UNRATED);
    }

    private static void assertRefusedAsInvalidState(Runnable step) {
        assertThatThrownBy(step::run).isInstanceOfSatisfying(InvalidOrderStateException.class,
                refused -> assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATE));
    }

    @Nested
    class Allocation {
        @Test
        void a_placed_courier_order_is_allocated_to_the_warehouse() {
            var order = courier();

            order.allocateTo("CENTRAL", T1, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
            assertThat(order.stockLocation()).isEqualTo("CENTRAL");
        }

        @Test
        void allocation_records_who_when_and_where() {
            var order = courier();

            order.allocateTo("CENTRAL", T1, STAFF);

            assertThat(order.lastChange()).satisfies(change -> {
                assertThat(change.status()).isEqualTo(OrderStatus.ALLOCATED);
                assertThat(change.at()).isEqualTo(T1);
                assertThat(change.by()).isEqualTo(STAFF);
                assertThat(change.reason()).isEqualTo("allocated to CENTRAL");
            });
            assertThat(order.statusChangedAt()).isEqualTo(T1);
        }

        @Test
        void a_pickup_held_at_the_warehouse_is_transferred_to_its_branch() {
            var order = pickup();

            order.allocateTo(BRANCH, T1, STAFF);

            assertThat(order.stockLocation()).isEqualTo(BRANCH);
            assertThat(order.lastChange().reason()).isEqualTo("allocated to " + BRANCH
                    + "; 2 unit(s) transferred from CENTRAL");
        }

        @Test
        void a_pickup_is_not_allocated_to_another_branch() {
            var order = pickup();

            assertThatThrownBy(() -> order.allocateTo("SH-PUDONG", T1, STAFF))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            refused -> assertThat(refused.field()).isEqualTo("location"));

            assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(order.stockLocation()).isEqualTo("CENTRAL");
            assertThat(order.history()).hasSize(1);
        }

        @Test
        void a_courier_order_may_be_sent_from_a_branch() {
            var order = courier();

            order.allocateTo("SH-PUDONG", T1, STAFF);

            assertThat(order.stockLocation()).isEqualTo("SH-PUDONG");
        }

        @Test
        void an_e_voucher_is_never_allocated() {
            var order = voucher();

            assertRefusedAsInvalidState(() -> order.allocateTo("CENTRAL", T1, STAFF));

            assertThat(order.status()).isEqualTo(OrderStatus.ISSUED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "PLACED")
        void only_a_placed_order_is_allocated(OrderStatus status) {
            var order = orderIn(status);
            int steps = order.history().size();

            assertRefusedAsInvalidState(() -> order.allocateTo("CENTRAL", T3, STAFF));

            assertThat(order.status()).isEqualTo(status);
            assertThat(order.history()).hasSize(steps);
        }
    }

    @Nested
    class Shipping {
        @Test
        void an_allocated_courier_order_ships_with_carrier_and_tracking_number() {
            var order = allocatedCourier();

            order.ship("SF Express", "SF1234567890", T2, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.SHIPPED);
            assertThat(order.carrier()).isEqualTo("SF Express");
            assertThat(order.trackingNumber()).isEqualTo("SF1234567890");
            assertThat(order.lastChange().reason()).isEqualTo("shipped with SF Express, tracking SF1234567890");
            assertThat(order.lastChange().by()).isEqualTo(STAFF);
        }

        @Test
        void a_placed_order_does_not_ship_before_it_is_allocated() {
            var order = courier();

            assertRefusedAsInvalidState(() -> order.ship("SF Express", "SF1", T2, STAFF));

            assertThat(order.carrier()).isNull();
            assertThat(order.trackingNumber()).isNull();
        }

        @Test
        void a_branch_pickup_never_ships() {
            var order = allocatedPickup();

            assertRefusedAsInvalidState(() -> order.ship("SF Express", "SF1", T2, STAFF));

            assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
        }

        @Test
        void a_shipment_needs_a_tracking_number() {
            var order = allocatedCourier();

            assertThatThrownBy(() -> order.ship("SF Express", " ", T2, STAFF))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            refused -> assertThat(refused.field()).isEqualTo("trackingNumber"));

            assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
        }

        @Test
        void a_shipment_needs_a_carrier() {
            var order = allocatedCourier();

            assertThatThrownBy(() -> order.ship(null, "SF1", T2, STAFF))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            refused -> assertThat(refused.field()).isEqualTo("carrier"));
        }

        @Test
        void a_shipped_order_is_delivered() {
            var order = shippedCourier();

            order.markDelivered(T3, "sf-express", "sf-express reports DELIVERED");

            assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
            assertThat(order.lastChange().by()).isEqualTo("sf-express");
            assertThat(order.lastChange().reason()).isEqualTo("sf-express reports DELIVERED");
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "SHIPPED")
        void only_a_shipped_order_is_delivered(OrderStatus status) {
            var order = orderIn(status);

            assertRefusedAsInvalidState(() -> order.markDelivered(T3, STAFF, null));

            assertThat(order.status()).isEqualTo(status);
        }

        @Test
        void only_a_shipped_order_is_in_transit() {
            shippedCourier().confirmInTransit();

            assertRefusedAsInvalidState(() -> allocatedCourier().confirmInTransit());
        }
    }

    @Nested
    class Pickup {
        @Test
        void an_allocated_pickup_becomes_ready_at_its_branch() {
            var order = allocatedPickup();

            order.readyForPickup(T2, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
            assertThat(order.lastChange().reason()).isEqualTo("ready for pickup at " + BRANCH);
        }

        @Test
        void a_courier_order_is_never_ready_for_pickup() {
            var order = allocatedCourier();

            assertRefusedAsInvalidState(() -> order.readyForPickup(T2, STAFF));
        }

        @Test
        void a_placed_pickup_is_not_ready_before_it_is_allocated() {
            var order = pickup();

            assertRefusedAsInvalidState(() -> order.readyForPickup(T2, STAFF));
        }

        @Test
        void the_right_code_hands_the_gift_over() {
            var order = readyPickup();

            order.handOver(CODE, T3, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
            assertThat(order.lastChange().by()).isEqualTo(STAFF);
            assertThat(order.lastChange().at()).isEqualTo(T3);
        }

        @Test
        void the_code_is_not_usable_before_the_gift_is_ready() {
            var order = allocatedPickup();

            assertRefusedAsInvalidState(() -> order.handOver(CODE, T3, STAFF));

            assertThat(order.pickupCodeFailures()).isZero();
        }

        @Test
        void a_wrong_code_is_refused_and_counted() {
            var order = readyPickup();

            assertThatThrownBy(() -> order.handOver("11111111", T3, STAFF))
                    .isInstanceOfSatisfying(WrongPickupCodeException.class, refused -> {
                        assertThat(refused.field()).isEqualTo("pickupCode");
                        assertThat(refused.triesLeft()).isEqualTo(4);
                        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("PICKUP_CODE_WRONG");
                    });

            assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
            assertThat(order.pickupCodeFailures()).isEqualTo(1);
            assertThat(order.history()).hasSize(3);
        }

        @Test
        void a_missing_code_counts_as_a_wrong_one() {
            var order = readyPickup();

            assertThatThrownBy(() -> order.handOver(null, T3, STAFF)).isInstanceOf(WrongPickupCodeException.class);

            assertThat(order.pickupCodeFailures()).isEqualTo(1);
        }

        @Test
        void four_wrong_codes_still_let_the_right_one_through() {
            var order = readyPickup();
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> order.handOver("99999999", T3, STAFF)).isInstanceOf(WrongPickupCodeException.class);
            }

            order.handOver(CODE, T3, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
        }

        @Test
        void the_fifth_wrong_code_locks_the_code() {
            var order = readyPickup();
            for (int i = 0; i < 4; i++) {
                assertThatThrownBy(() -> order.handOver("99999999", T3, STAFF)).isInstanceOf(WrongPickupCodeException.class);
            }

            assertThatThrownBy(() -> order.handOver("99999999", T3, STAFF))
                    .isInstanceOfSatisfying(WrongPickupCodeException.class, refused -> {
                        assertThat(refused.triesLeft()).isZero();
                        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("PICKUP_CODE_LOCKED");
                    });

            assertThat(order.isPickupCodeLocked()).isTrue();
        }

        @Test
        void a_locked_code_refuses_even_the_right_code() {
            var order = readyPickup();
            for (int i = 0; i < RedemptionOrder.PICKUP_CODE_TRIES; i++) {
                assertThatThrownBy(() -> order.handOver("99999999", T3, STAFF)).isInstanceOf(WrongPickupCodeException.class);
            }

            assertThatThrownBy(() -> order.handOver(CODE, T3, STAFF))
                    .isInstanceOfSatisfying(PickupCodeLockedException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(ErrorCode.INVALID_STATE);
                        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("PICKUP_CODE_LOCKED");
                    });

            assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
            assertThat(order.pickupCodeFailures()).isEqualTo(RedemptionOrder.PICKUP_CODE_TRIES);
        }

        @Test
        void a_locked_pickup_can_still_be_failed_and_refunded() {
            var order = readyPickup();
            for (int i = 0; i < RedemptionOrder.PICKUP_CODE_TRIES; i++) {
                assertThatThrownBy(() -> order.handOver("99999999", T3, STAFF)).isInstanceOf(WrongPickupCodeException.class);
            }

            order.fail("pickup code locked; customer to re-order", T3, STAFF);
            order.refund(T3, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "READY_FOR_PICKUP")
        void only_an_order_ready_for_pickup_is_handed_over(OrderStatus status) {
            var order = orderIn(status);

            assertRefusedAsInvalidState(() -> order.handOver(CODE, T3, STAFF));

            assertThat(order.status()).isEqualTo(status);
            assertThat(order.pickupCodeFailures()).isZero();
        }
    }

    @Nested
    class Failure {
        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"PLACED", "ALLOCATED", "SHIPPED", "READY_FOR_PICKUP"})
        void an_order_still_being_fulfilled_may_fail_and_then_be_refunded(OrderStatus status) {
            var order = orderIn(status);

            order.fail("parcel damaged", T3, STAFF);
            assertThat(order.status()).isEqualTo(OrderStatus.FAILED);
            order.refund(T3, STAFF);

            assertThat(order.status()).isEqualTo(OrderStatus.REFUNDED);
            var last = order.history().subList(order.history().size() - 2, order.history().size());
            assertThat(last).extracting(OrderStatusChange::status).containsExactly(OrderStatus.FAILED, OrderStatus.REFUNDED);
            assertThat(last.getFirst().reason()).isEqualTo("parcel damaged");
            assertThat(last.getLast().reason()).isEqualTo("240 points refunded, 2 unit(s) returned to "
                    + order.stockLocation());
        }

        @Test
        void a_failure_says_why() {
            var order = allocatedCourier();

            assertThatThrownBy(() -> order.fail("  ", T3, STAFF))
                    .isInstanceOfSatisfying(InvalidRequestException.class,
                            refused -> assertThat(refused.field()).isEqualTo("reason"));

            assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, names = {"ISSUED", "DELIVERED", "COLLECTED", "CANCELLED", "FAILED", "REFUNDED"})
        void an_order_at_its_end_does_not_fail(OrderStatus status) {
            var order = orderIn(status);

            assertRefusedAsInvalidState(() -> order.fail("too late", T3, STAFF));

            assertThat(order.status()).isEqualTo(status);
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE, names = "FAILED")
        void only_a_failed_order_is_refunded(OrderStatus status) {
            var order = orderIn(status);

            assertRefusedAsInvalidState(() -> order.refund(T3, STAFF));
        }

        @Test
        void a_long_reason_is_kept_to_what_the_history_holds() {
            var order = allocatedCourier();

            order.fail("x".repeat(800), T3, STAFF);

            assertThat(order.lastChange().reason()).hasSize(OrderStatusChange.REASON_MAX).endsWith("…");
        }
    }

    @Nested
    class TimeLimits {
        private final Duration collectWithin = DEADLINES.limitFor(OrderStatus.READY_FOR_PICKUP).orElseThrow();

        @Test
        void a_pickup_not_collected_in_time_is_cancelled() {
            var order = readyPickup();

            boolean cancelled = order.cancelIfUncollected(DEADLINES, T2.plus(collectWithin).plusSeconds(1), "system");

            assertThat(cancelled).isTrue();
            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.lastChange().by()).isEqualTo("system");
            assertThat(order.lastChange().reason()).isEqualTo("not collected within PT720H");
        }

        @Test
        void a_pickup_exactly_at_its_limit_is_still_in_time() {
            var order = readyPickup();

            assertThat(order.cancelIfUncollected(DEADLINES, T2.plus(collectWithin), "system")).isFalse();

            assertThat(order.status()).isEqualTo(OrderStatus.READY_FOR_PICKUP);
        }

        @Test
        void a_collected_pickup_is_left_alone_however_late() {
            var order = readyPickup();
            order.handOver(CODE, T3, STAFF);

            assertThat(order.cancelIfUncollected(DEADLINES, T3.plus(Duration.ofDays(400)), "system")).isFalse();

            assertThat(order.status()).isEqualTo(OrderStatus.COLLECTED);
        }

        @Test
        void an_order_in_another_state_is_never_cancelled_as_uncollected() {
            var order = allocatedPickup();

            assertThat(order.cancelIfUncollected(DEADLINES, T3.plus(Duration.ofDays(400)), "system")).isFalse();

            assertThat(order.status()).isEqualTo(OrderStatus.ALLOCATED);
        }

        @Test
        void the_clock_of_a_state_starts_when_the_order_enters_it() {
            var order = allocatedPickup();
            order.readyForPickup(T3, STAFF);

            assertThat(DEADLINES.dueBy(order)).contains(T3.plus(collectWithin));
        }

        @Test
        void a_note_in_the_history_does_not_restart_the_clock() {
            var order = courier();
            order.offerSubstitute(substitute(100), StarLevel.UNRATED, T3, STAFF, "out of stock");

            assertThat(order.statusChangedAt()).isEqualTo(PLACED_AT);
            assertThat(DEADLINES.isOverdue(order, PLACED_AT.plus(Duration.ofDays(1)).plusSeconds(1))).isTrue();
        }
    }

    @Nested
    class Substitutes {
        @Test
        void staff_offer_a_cheaper_substitute_which_awaits_the_customer() {
            var order = courier();

            order.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, "tea sold out");

            assertThat(order.hasPendingSubstitute()).isTrue();
            assertThat(order.substituteGiftId()).isEqualTo("G-0002");
            assertThat(order.substituteOfferedAt()).isEqualTo(T1);
            assertThat(order.giftId()).isEqualTo(new GiftId("G-0001"));
            assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        }

        @Test
        void the_offer_is_a_note_in_the_history_that_changes_no_state() {
            var order = courier();

            order.offerSubstitute(substitute(120), StarLevel.UNRATED, T1, STAFF, "tea sold out");

            assertThat(order.lastChange()).satisfies(change -> {
                assertThat(change.status()).isEqualTo(OrderStatus.PLACED);
                assertThat(change.by()).isEqualTo(STAFF);
                assertThat(change.at()).isEqualTo(T1);
                assertThat(change.reason()).isEqualTo("substitute G-0002 offered for G-0001: tea sold out");
            });
            assertThat(order.updatedAt()).isEqualTo(PLACED_AT);
        }

        @Test
        void a_substitute_of_equal_price_is_allowed() {
            var order = allocatedCourier();

            order.offerSubstitute(substitute(120), StarLevel.UNRATED, T2, STAFF, null);

            assertThat(order.hasPendingSubstitute()).isTrue();
        }

        @Test
        void a_dearer_substitute_is_refused() {
            var order = courier();

            assertThatThrownBy(() -> order.offerSubstitute(substitute(121), StarLevel.UNRATED, T1, STAFF, null))
                    .isInstanceOfSatisfying(SubstituteRefusedException.class, refused -> {
                        assertThat(refused.code()).isEqualTo(ErrorCode.NOT_ELIGIBLE);
                        assertThat(refused.reasons()).extracting(Reason::code).containsExactly("PRICE_HIGHER");
                    });

            assertThat(order.hasPendingSubstitute()).isFalse();
            assertThat(order.history()).hasSize(1);
        }

        @Test
        void a_substitute_must_fit_the_channel_the_partner_the_customer_and_be_another_active_gift() {
            var order = courier();
            var unfit = gift("G-0001", 100, Set.of(Channel.BRANCH_PICKUP), Set.of("other-bank"), StarLevel.SIX_STARS);
            unfit.retire(T1);

            assertThatThrownBy(() -> order.offerSubstitute(unfit, StarLevel.FIVE_STARS, T1, STAFF, null))
                    .isInstanceOfSatisfying(SubstituteRefusedException.class, refused ->
                            assertThat(refused.reasons()).extracting(Reason::code).containsExactlyInAnyOrder(
                                    "SAME_GIFT", "GIFT_RETIRED", "CHANNEL_NOT_OFFERED", "PARTNER_NOT_OFFERED",
                                    "STAR_LEVEL_TOO_LOW"));
        }

        @ParameterizedTest
        @EnumSource(value = OrderStatus.class, mode = EnumSource.Mode.EXCLUDE, names = {"PLACED", "ALLOCATED"})
        void a_substitute_is_offered_only_before_the_gift_leaves(OrderStatus status) {
            var order = orderIn(status);

            assertRefusedAsInvalidState(() -> order.offerSubstitute(substitute(100), StarLevel.UNRATED, T3, STAFF, null));

            assertThat(order.hasPendingSubstitute()).isFalse();
        }

        @Test
        void accepting_makes_the_order_one_for_the_substitute() {
            var order = courier();
            order.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, null);

            GiftId replaced = order.acceptSubstitute(T2, "partner:mobile-bank");

            assertThat(replaced).isEqualTo(new GiftId("G-0001"));
            assertThat(order.giftId()).isEqualTo(new GiftId("G-0002"));
            assertThat(order.pointsCharged().value()).as("the points charged stay as charged").isEqualTo(240);
            assertThat(order.hasPendingSubstitute()).isFalse();
            assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
            assertThat(order.lastChange().reason()).isEqualTo("substitute accepted: G-0002 replaces G-0001");
        }

        @Test
        void declining_cancels_the_order() {
            var order = allocatedCourier();
            order.offerSubstitute(substitute(100), StarLevel.UNRATED, T2, STAFF, null);

            order.declineSubstitute(T3, "partner:mobile-bank");

            assertThat(order.status()).isEqualTo(OrderStatus.CANCELLED);
            assertThat(order.giftId()).isEqualTo(new GiftId("G-0001"));
            assertThat(order.hasPendingSubstitute()).isFalse();
            assertThat(order.lastChange().reason()).isEqualTo("substitute G-0002 declined by the customer");
        }

        @Test
        void there_is_nothing_to_accept_or_decline_without_an_offer() {
            var order = courier();

            assertRefusedAsInvalidState(() -> order.acceptSubstitute(T2, "partner:mobile-bank"));
            assertRefusedAsInvalidState(() -> order.declineSubstitute(T2, "partner:mobile-bank"));

            assertThat(order.status()).isEqualTo(OrderStatus.PLACED);
        }

        @Test
        void the_order_waits_for_the_answer_before_it_moves_on() {
            var placed = courier();
            placed.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, null);
            var allocated = allocatedCourier();
            allocated.offerSubstitute(substitute(100), StarLevel.UNRATED, T2, STAFF, null);
            var pickup = allocatedPickup();
            pickup.offerSubstitute(substitute(100), StarLevel.UNRATED, T2, STAFF, null);

            assertRefusedAsInvalidState(() -> placed.allocateTo("CENTRAL", T3, STAFF));
            assertRefusedAsInvalidState(() -> allocated.ship("SF Express", "SF1", T3, STAFF));
            assertRefusedAsInvalidState(() -> pickup.readyForPickup(T3, STAFF));
        }

        @Test
        void cancelling_or_failing_withdraws_the_offer() {
            var cancelled = courier();
            cancelled.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, null);
            var failed = courier();
            failed.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, null);

            cancelled.cancel(T2, "customer", "no longer wanted");
            failed.fail("supplier cannot deliver", T2, STAFF);

            assertThat(cancelled.hasPendingSubstitute()).isFalse();
            assertThat(failed.hasPendingSubstitute()).isFalse();
        }

        @Test
        void a_newer_offer_replaces_the_older_one() {
            var order = courier();
            order.offerSubstitute(substitute(100), StarLevel.UNRATED, T1, STAFF, null);
            var other = gift("G-0003", 90, Set.of(Channel.COURIER), Set.of("mobile-bank"), StarLevel.UNRATED);

            order.offerSubstitute(other, StarLevel.UNRATED, T2, STAFF, null);

            assertThat(order.substituteGiftId()).isEqualTo("G-0003");
            assertThat(order.substituteOfferedAt()).isEqualTo(T2);
        }
    }

    @Nested
    class DoorToDoor {
        @Test
        void a_courier_order_may_go_door_to_door() {
            var order = courier();

            order.serveDoorToDoor();

            assertThat(order.isDoorToDoor()).isTrue();
        }

        @Test
        void orders_are_not_door_to_door_unless_told() {
            assertThat(courier().isDoorToDoor()).isFalse();
        }

        @ParameterizedTest
        @EnumSource(value = Channel.class, names = {"BRANCH_PICKUP", "E_VOUCHER"})
        void only_courier_orders_go_door_to_door(Channel channel) {
            var order = order(new Fulfilment(channel, channel == Channel.BRANCH_PICKUP ? BRANCH : null, null));

            assertThatThrownBy(order::serveDoorToDoor).isInstanceOf(IllegalStateException.class);

            assertThat(order.isDoorToDoor()).isFalse();
        }
    }
}
