package io.jifen.orders;

import io.jifen.shared.OrderId;
import io.jifen.shared.GiftId;
import io.jifen.shared.CustomerId;
import io.jifen.shared.Points;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.catalog.Channel;
import io.jifen.catalog.Gift;
import io.jifen.catalog.GiftCategory;
import io.jifen.catalog.GiftDetails;
import io.jifen.catalog.GiftType;
import io.jifen.customers.StarLevel;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** What an order answers when a screen asks which fulfilment steps may happen next. */
class OrderNextStepsTest {
    private static final Instant PLACED_AT = Instant.parse("2026-03-15T02:00:00Z");
    private static final Instant T1 = PLACED_AT.plusSeconds(3_600);
    private static final Instant T2 = T1.plusSeconds(3_600);
    private static final String BRANCH = "BJ-CHAOYANG";
    private static final String CODE = "00420042";
    private static final String STAFF = "fulfilment-li";
    private static final DeliveryAddress ADDRESS =
            new DeliveryAddress("Wang Fang", "+86 138 0000 0000", "88 Nanjing Road", "Shanghai", "200001");

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

    private static RedemptionOrder placedVoucher() {
        return order(new Fulfilment(Channel.E_VOUCHER, null, null));
    }

    private static RedemptionOrder allocatedCourier() {
        var order = courier();
        order.allocateTo("CENTRAL", T1, STAFF);
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

    private static RedemptionOrder shippedCourier() {
        var order = allocatedCourier();
        order.ship("SF Express", "SF1234567890", T2, STAFF);
        return order;
    }

    private static RedemptionOrder withSubstituteOffered(RedemptionOrder order) {
        order.offerSubstitute(new Gift(new GiftId("G-0002"), new GiftDetails("SKU-G-0002", "礼品", "Gift", null, null,
                        GiftCategory.HOUSEHOLD, GiftType.PHYSICAL, Points.of(100), StarLevel.UNRATED, null,
                        Set.of(Channel.COURIER, Channel.BRANCH_PICKUP), Set.of(), new BigDecimal("50.00"), 0, null),
                PLACED_AT), StarLevel.UNRATED, T2, STAFF, "sold out");
        return order;
    }

    @Nested
    class Allocation {
        @Test
        void a_placed_courier_order_may_be_allocated() {
            assertThat(courier().mayBeAllocated()).isTrue();
        }

        @Test
        void a_placed_pickup_may_be_allocated() {
            assertThat(pickup().mayBeAllocated()).isTrue();
        }

        @Test
        void an_e_voucher_is_issued_and_never_allocated() {
            assertThat(placedVoucher().mayBeAllocated()).isFalse();
        }

        @Test
        void an_order_awaiting_the_customers_answer_on_a_substitute_may_not_be_allocated() {
            assertThat(withSubstituteOffered(courier()).mayBeAllocated()).isFalse();
        }

        @Test
        void an_allocated_order_may_not_be_allocated_again() {
            assertThat(allocatedCourier().mayBeAllocated()).isFalse();
        }
    }

    @Nested
    class Shipping {
        @Test
        void an_allocated_courier_order_may_be_shipped() {
            assertThat(allocatedCourier().mayBeShipped()).isTrue();
        }

        @Test
        void a_placed_courier_order_may_not_be_shipped_before_it_is_allocated() {
            assertThat(courier().mayBeShipped()).isFalse();
        }

        @Test
        void an_allocated_pickup_is_never_shipped() {
            assertThat(allocatedPickup().mayBeShipped()).isFalse();
        }

        @Test
        void an_allocated_courier_order_awaiting_a_substitute_answer_may_not_be_shipped() {
            assertThat(withSubstituteOffered(allocatedCourier()).mayBeShipped()).isFalse();
        }

        @Test
        void a_shipped_order_may_be_marked_delivered() {
            assertThat(shippedCourier().mayBeMarkedDelivered()).isTrue();
        }

        @Test
        void an_allocated_order_may_not_be_marked_delivered() {
            assertThat(allocatedCourier().mayBeMarkedDelivered()).isFalse();
        }
    }

    @Nested
    class Pickup {
        @Test
        void an_allocated_pickup_may_be_made_ready_for_pickup() {
            assertThat(allocatedPickup().mayBeMadeReadyForPickup()).isTrue();
        }

        @Test
        void an_allocated_courier_order_is_never_made_ready_for_pickup() {
            assertThat(allocatedCourier().mayBeMadeReadyForPickup()).isFalse();
        }

        @Test
        void a_placed_pickup_may_not_be_made_ready_before_it_is_allocated() {
            assertThat(pickup().mayBeMadeReadyForPickup()).isFalse();
        }

        @Test
        void an_allocated_pickup_awaiting_a_substitute_answer_may_not_be_made_ready() {
            assertThat(withSubstituteOffered(allocatedPickup()).mayBeMadeReadyForPickup()).isFalse();
        }

        @Test
        void a_pickup_ready_at_the_branch_may_be_handed_over() {
            assertThat(readyPickup().mayBeHandedOver()).isTrue();
        }

        @Test
        void a_pickup_whose_code_is_locked_still_offers_the_hand_over_so_the_counter_sees_why_it_is_refused() {
            var order = readyPickup();
            for (int i = 0; i < RedemptionOrder.PICKUP_CODE_TRIES; i++) {
                try {
                    order.handOver("99999999", T2, STAFF);
                } catch (WrongPickupCodeException expected) {
                    // counted on the order
                }
            }

            assertThat(order.isPickupCodeLocked()).isTrue();
            assertThat(order.mayBeHandedOver()).isTrue();
        }

        @Test
        void an_allocated_pickup_may_not_be_handed_over_before_it_is_ready() {
            assertThat(allocatedPickup().mayBeHandedOver()).isFalse();
        }
    }

    @Nested
    class Substitutes {
        @Test
        void a_substitute_may_be_offered_while_the_gift_has_not_left() {
            assertThat(courier().mayBeOfferedASubstitute()).isTrue();
            assertThat(allocatedPickup().mayBeOfferedASubstitute()).isTrue();
        }

        @Test
        void a_substitute_may_not_be_offered_once_the_gift_is_shipped_or_waiting_at_the_branch() {
            assertThat(shippedCourier().mayBeOfferedASubstitute()).isFalse();
            assertThat(readyPickup().mayBeOfferedASubstitute()).isFalse();
        }
    }

    @Nested
    class Failure {
        @Test
        void every_order_still_on_its_way_may_fail() {
            assertThat(courier().mayFail()).isTrue();
            assertThat(allocatedCourier().mayFail()).isTrue();
            assertThat(shippedCourier().mayFail()).isTrue();
            assertThat(readyPickup().mayFail()).isTrue();
        }

        @Test
        void an_issued_e_voucher_offers_no_step_at_all() {
            var issued = voucher();

            assertThat(issued.mayBeAllocated()).isFalse();
            assertThat(issued.mayBeShipped()).isFalse();
            assertThat(issued.mayBeMadeReadyForPickup()).isFalse();
            assertThat(issued.mayBeHandedOver()).isFalse();
            assertThat(issued.mayBeMarkedDelivered()).isFalse();
            assertThat(issued.mayBeOfferedASubstitute()).isFalse();
            assertThat(issued.mayFail()).isFalse();
        }

        @Test
        void a_failed_order_may_not_fail_again() {
            var failed = courier();
            failed.fail("lost in the warehouse", T1, STAFF);

            assertThat(failed.mayFail()).isFalse();
            assertThat(failed.mayBeOfferedASubstitute()).isFalse();
        }
    }
}
