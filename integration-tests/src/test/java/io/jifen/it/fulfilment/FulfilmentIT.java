package io.jifen.it.fulfilment;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.credit;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.pickupAt;
import static io.jifen.it.support.GiftMall.stockAt;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Fulfilment over HTTP (domain.md "Redemption orders and fulfilment"): each channel walked to its
 * end by fulfilment staff and a carrier, failures refunded, substitutes, refusals, roles and the
 * job that cancels uncollected pickups. The server runs with a READY_FOR_PICKUP limit of 5 s.
 */
@ExtendWith(RunningServer.class)
class FulfilmentIT {
    private static final String ADMIN = "/api/v1/admin/orders/";
    private static final String BRANCH = "BJ-CHAOYANG";

    // ---- each channel to its end

    @Test
    void a_courier_order_is_allocated_shipped_and_delivered_once_however_often_the_carrier_reports_it(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 800);
        addStock(api, gift, "CENTRAL", 3);
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");

        var allocated = step(api, id, "allocate", "{\"location\": \"CENTRAL\"}");
        assertThat(allocated.getString("status")).isEqualTo("ALLOCATED");
        assertThat(allocated.getString("stockLocation")).isEqualTo("CENTRAL");
        String tracking = tracking();
        var shipped = step(api, id, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + tracking + "\"}");
        assertThat(shipped.getString("status")).isEqualTo("SHIPPED");
        assertThat(shipped.getString("carrier")).isEqualTo("it-carrier");
        assertThat(shipped.getString("trackingNumber")).isEqualTo(tracking);

        String eventId = Api.uniqueId("EV");
        var first = carrierEvent(api, tracking, eventId, "DELIVERED", "signed by the customer");
        var again = carrierEvent(api, tracking, eventId, "DELIVERED", "signed by the customer");

        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        assertThat(first.json().getString("orderStatus")).isEqualTo("DELIVERED");
        assertThat(first.json().getBoolean("duplicate")).isFalse();
        assertThat(again.status()).as(again.toString()).isEqualTo(200);
        assertThat(again.json().getBoolean("duplicate")).isTrue();
        assertThat(again.json().getString("orderId")).isEqualTo(id);
        var seen = partnerView(api, id);
        assertThat(seen.getString("status")).isEqualTo("DELIVERED");
        assertThat(statuses(seen)).containsExactly("PLACED", "ALLOCATED", "SHIPPED", "DELIVERED");
        var delivered = seen.getJsonArray("history").getJsonObject(3);
        assertThat(delivered.getString("by")).isEqualTo("it-carrier");
        assertThat(delivered.getString("reason")).contains(eventId).contains("signed by the customer");
        assertThat(seen.getJsonArray("history").getJsonObject(1).getString("by")).isEqualTo("it-fulfilment");
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(2);
        assertThat(api.balance(customer)).isEqualTo(4_200);
    }

    @Test
    void a_pickup_is_moved_to_its_branch_made_ready_and_collected_with_the_customer_s_code(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 600);
        addStock(api, gift, "CENTRAL", 4);
        var placed = order(api, customer, gift, 2, pickupAt(BRANCH));
        String id = placed.getString("id");
        String code = placed.getString("pickupCode");
        assertThat(staffView(api, id).getString("stockLocation")).as("the branch had none: held at the warehouse")
                .isEqualTo("CENTRAL");

        var allocated = step(api, id, "allocate", "{\"location\": \"" + BRANCH + "\"}");
        assertThat(allocated.getString("stockLocation")).isEqualTo(BRANCH);
        assertThat(allocated.getJsonArray("history").getJsonObject(1).getString("reason"))
                .isEqualTo("allocated to " + BRANCH + "; 2 unit(s) transferred from CENTRAL");
        assertProblem(handOver(api, id, code), 409, "INVALID_STATE");
        assertThat(step(api, id, "ready-for-pickup", null).getString("status")).isEqualTo("READY_FOR_PICKUP");

        var wrong = handOver(api, id, wrongCode(code));
        assertProblem(wrong, 400, "VALIDATION_FAILED");
        assertThat(wrong.json().getJsonArray("violations").getJsonObject(0).getString("field")).isEqualTo("pickupCode");
        assertThat(staffView(api, id).getInt("pickupCodeFailures")).as("the wrong code is counted").isEqualTo(1);
        var collected = handOver(api, id, code);

        assertThat(collected.status()).as(collected.toString()).isEqualTo(200);
        assertThat(collected.json().getString("status")).isEqualTo("COLLECTED");
        assertThat(statuses(partnerView(api, id)))
                .containsExactly("PLACED", "ALLOCATED", "READY_FOR_PICKUP", "COLLECTED");
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(2);
        assertThat(stockAt(api, gift, BRANCH)).isZero();
    }

    @Test
    void five_wrong_codes_lock_the_pickup_code_and_then_even_the_right_one_is_refused(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 300);
        addStock(api, gift, BRANCH, 1);
        var placed = order(api, customer, gift, 1, pickupAt(BRANCH));
        String id = placed.getString("id");
        String code = placed.getString("pickupCode");
        step(api, id, "allocate", "{\"location\": \"" + BRANCH + "\"}");
        step(api, id, "ready-for-pickup", null);

        for (int i = 1; i <= 5; i++) {
            assertProblem(handOver(api, id, wrongCode(code)), 400, "VALIDATION_FAILED");
        }
        var refused = handOver(api, id, code);

        assertProblem(refused, 409, "INVALID_STATE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code"))
                .isEqualTo("PICKUP_CODE_LOCKED");
        var order = staffView(api, id);
        assertThat(order.getString("status")).isEqualTo("READY_FOR_PICKUP");
        assertThat(order.getInt("pickupCodeFailures")).isEqualTo(5);
        assertThat(order.getBoolean("pickupCodeLocked")).isTrue();
    }

    @Test
    void an_e_voucher_is_issued_at_once_and_has_no_fulfilment_step_left(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 200, 5);
        var placed = order(api, customer, gift, 1, eVoucher());

        assertThat(placed.getString("status")).isEqualTo("ISSUED");
        assertThat(placed.getString("voucherCode")).isNotBlank();
        String id = placed.getString("id");
        assertProblem(post(api, id, "allocate", "{\"location\": \"CENTRAL\"}"), 409, "INVALID_STATE");
        assertProblem(post(api, id, "fail", "{\"reason\": \"too late\"}"), 409, "INVALID_STATE");
        assertThat(statuses(partnerView(api, id))).containsExactly("PLACED", "ISSUED");
    }

    @Test
    void an_in_transit_update_is_recorded_once_and_keeps_the_order_shipped(Api api) {
        String id = shippedOrder(api, customerWithPoints(api, 2_000), newStockedGift(api, 500, 2));
        String tracking = partnerView(api, id).getString("trackingNumber");

        var update = carrierEvent(api, tracking, Api.uniqueId("EV"), "IN_TRANSIT", "left the Beijing hub");

        assertThat(update.status()).as(update.toString()).isEqualTo(201);
        assertThat(update.json().getString("orderStatus")).isEqualTo("SHIPPED");
        assertThat(statuses(partnerView(api, id))).containsExactly("PLACED", "ALLOCATED", "SHIPPED");
    }

    // ---- failures refund and restock

    @Test
    void a_delivery_the_carrier_reports_failed_refunds_the_points_and_returns_the_stock(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String gift = newStockedGift(api, 700, 2);
        String id = shippedOrder(api, customer, gift);
        String tracking = partnerView(api, id).getString("trackingNumber");
        assertThat(api.balance(customer)).isEqualTo(2_300);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);

        var failed = carrierEvent(api, tracking, Api.uniqueId("EV"), "FAILED", "recipient unknown at address");

        assertThat(failed.status()).as(failed.toString()).isEqualTo(201);
        assertThat(failed.json().getString("orderStatus")).isEqualTo("REFUNDED");
        assertThat(statuses(partnerView(api, id)))
                .containsExactly("PLACED", "ALLOCATED", "SHIPPED", "FAILED", "REFUNDED");
        assertThat(api.balance(customer)).isEqualTo(3_000);
        var refund = entries(api, customer).get(0);
        assertThat(refund.getString("type")).isEqualTo("REFUND");
        assertThat(refund.getInt("points")).isEqualTo(700);
        assertThat(refund.getString("reference")).isEqualTo(id);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(2);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void staff_mark_a_pickup_failed_and_its_points_and_units_come_back_to_the_branch(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String gift = newPhysicalGift(api, 450);
        addStock(api, gift, "CENTRAL", 2);
        String id = order(api, customer, gift, 2, pickupAt(BRANCH)).getString("id");
        step(api, id, "allocate", "{\"location\": \"" + BRANCH + "\"}");

        var failed = step(api, id, "fail", "{\"reason\": \"box crushed in transfer\"}");

        assertThat(failed.getString("status")).isEqualTo("REFUNDED");
        var history = failed.getJsonArray("history");
        assertThat(history.getJsonObject(2).getString("status")).isEqualTo("FAILED");
        assertThat(history.getJsonObject(2).getString("reason")).isEqualTo("box crushed in transfer");
        assertThat(history.getJsonObject(2).getString("by")).isEqualTo("it-fulfilment");
        assertThat(api.balance(customer)).isEqualTo(3_000);
        assertThat(entries(api, customer)).filteredOn(e -> e.getString("type").equals("REFUND")).hasSize(1);
        assertThat(stockAt(api, gift, BRANCH)).as("the units were at the branch by then").isEqualTo(2);
        assertThat(stockAt(api, gift, "CENTRAL")).isZero();
        api.assertLedgerConsistent(customer);
        assertProblem(post(api, id, "fail", "{\"reason\": \"again\"}"), 409, "INVALID_STATE");
    }

    // ---- substitutes

    @Test
    void the_customer_accepts_a_cheaper_substitute_and_keeps_the_points_charged(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String original = newStockedGift(api, 900, 1);
        String substitute = newStockedGift(api, 850, 1);
        String id = order(api, customer, original, 1, courierTo(address())).getString("id");

        var offered = post(api, id, "substitute-offers", "{\"giftId\": \"" + substitute + "\", \"reason\": \"out of blue\"}");
        assertThat(offered.status()).as(offered.toString()).isEqualTo(201);
        var offer = partnerView(api, id).getJsonObject("substituteOffer");
        assertThat(offer.getString("giftId")).isEqualTo(substitute);
        assertProblem(post(api, id, "allocate", "{\"location\": \"CENTRAL\"}"), 409, "INVALID_STATE");

        var accepted = api.post("/api/v1/orders/" + id + "/substitute/accept", api.token("partner"), "");

        assertThat(accepted.status()).as(accepted.toString()).isEqualTo(200);
        assertThat(accepted.json().getString("giftId")).isEqualTo(substitute);
        assertThat(accepted.json().getInt("pointsCharged")).isEqualTo(900);
        assertThat(accepted.json().containsKey("substituteOffer")).isFalse();
        assertThat(stockAt(api, substitute, "CENTRAL")).isZero();
        assertThat(stockAt(api, original, "CENTRAL")).isEqualTo(1);
        assertThat(api.balance(customer)).isEqualTo(2_100);
        assertThat(step(api, id, "allocate", "{\"location\": \"CENTRAL\"}").getString("status")).isEqualTo("ALLOCATED");
        assertProblem(api.post("/api/v1/orders/" + id + "/substitute/accept", api.token("partner"), ""),
                409, "INVALID_STATE");
    }

    @Test
    void the_customer_declines_the_substitute_and_the_order_is_cancelled_and_refunded(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String original = newStockedGift(api, 900, 1);
        String substitute = newStockedGift(api, 900, 1);
        String id = order(api, customer, original, 1, courierTo(address())).getString("id");
        step(api, id, "allocate", "{\"location\": \"CENTRAL\"}");
        assertThat(post(api, id, "substitute-offers", "{\"giftId\": \"" + substitute + "\"}").status()).isEqualTo(201);

        var declined = api.post("/api/v1/orders/" + id + "/substitute/decline", api.token("partner"), "");

        assertThat(declined.status()).as(declined.toString()).isEqualTo(200);
        assertThat(declined.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(api.balance(customer)).isEqualTo(3_000);
        assertThat(stockAt(api, original, "CENTRAL")).isEqualTo(1);
        assertThat(stockAt(api, substitute, "CENTRAL")).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_dearer_substitute_is_refused_with_its_reason(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String original = newStockedGift(api, 500, 1);
        String dearer = newStockedGift(api, 501, 1);
        String id = order(api, customer, original, 1, courierTo(address())).getString("id");

        var refused = post(api, id, "substitute-offers", "{\"giftId\": \"" + dearer + "\"}");

        assertProblem(refused, 409, "NOT_ELIGIBLE");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("code")).isEqualTo("PRICE_HIGHER");
        assertThat(partnerView(api, id).containsKey("substituteOffer")).isFalse();
    }

    @Test
    void only_the_partner_that_placed_the_order_answers_its_offer(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String original = newStockedGift(api, 500, 1);
        String substitute = newStockedGift(api, 400, 1);
        String id = order(api, customer, original, 1, courierTo(address())).getString("id");
        assertProblem(api.post("/api/v1/orders/" + id + "/substitute/accept", api.token("partner"), ""),
                409, "INVALID_STATE");
        post(api, id, "substitute-offers", "{\"giftId\": \"" + substitute + "\"}");

        assertProblem(api.post("/api/v1/orders/" + id + "/substitute/accept", api.token("partner", "other-store"), ""),
                404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/orders/" + id + "/substitute/decline", api.token("partner", "other-store"), ""),
                404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/orders/" + id + "/substitute/accept", api.token("fulfilment"), ""),
                403, "FORBIDDEN");
        assertThat(partnerView(api, id).getString("status")).isEqualTo("PLACED");
    }

    // ---- refusals

    @Test
    void steps_the_order_s_state_or_channel_does_not_allow_are_409_invalid_state(Api api) {
        String customer = customerWithPoints(api, 10_000);
        String gift = newStockedGift(api, 300, 5);
        addStock(api, gift, BRANCH, 1);
        String courier = order(api, customer, gift, 1, courierTo(address())).getString("id");
        String pickup = order(api, customer, gift, 1, pickupAt(BRANCH)).getString("id");

        assertProblem(post(api, courier, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + tracking() + "\"}"),
                409, "INVALID_STATE");
        assertProblem(post(api, courier, "deliver", null), 409, "INVALID_STATE");
        assertProblem(post(api, courier, "ready-for-pickup", null), 409, "INVALID_STATE");
        step(api, courier, "allocate", "{\"location\": \"CENTRAL\"}");
        assertProblem(post(api, courier, "allocate", "{\"location\": \"CENTRAL\"}"), 409, "INVALID_STATE");
        assertProblem(post(api, courier, "ready-for-pickup", null), 409, "INVALID_STATE");
        assertProblem(post(api, courier, "hand-over", "{\"pickupCode\": \"12345678\"}"), 409, "INVALID_STATE");
        step(api, pickup, "allocate", "{\"location\": \"" + BRANCH + "\"}");
        assertProblem(post(api, pickup, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + tracking() + "\"}"),
                409, "INVALID_STATE");
        assertProblem(post(api, pickup, "deliver", null), 409, "INVALID_STATE");
        assertThat(staffView(api, courier).getString("status")).isEqualTo("ALLOCATED");
        assertThat(staffView(api, pickup).getString("status")).isEqualTo("ALLOCATED");
    }

    @Test
    void a_pickup_goes_only_to_its_own_branch_and_a_tracking_number_tracks_one_order(Api api) {
        String customer = customerWithPoints(api, 10_000);
        String gift = newStockedGift(api, 300, 5);
        String pickup = order(api, customer, gift, 1, pickupAt(BRANCH)).getString("id");
        assertProblem(post(api, pickup, "allocate", "{\"location\": \"SH-PUDONG\"}"), 400, "VALIDATION_FAILED");
        assertProblem(post(api, pickup, "allocate", "{\"location\": \"NOWHERE\"}"), 400, "VALIDATION_FAILED");

        String first = shippedOrder(api, customer, gift);
        String second = order(api, customer, gift, 1, courierTo(address())).getString("id");
        step(api, second, "allocate", "{\"location\": \"CENTRAL\"}");
        String used = partnerView(api, first).getString("trackingNumber");

        var duplicate = post(api, second, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + used + "\"}");

        assertProblem(duplicate, 400, "VALIDATION_FAILED");
        assertThat(staffView(api, second).getString("status")).isEqualTo("ALLOCATED");
    }

    @Test
    void only_fulfilment_staff_take_steps_and_only_carriers_report(Api api) {
        String customer = customerWithPoints(api, 2_000);
        String id = order(api, customer, newStockedGift(api, 100, 1), 1, courierTo(address())).getString("id");

        assertProblem(api.post(ADMIN + id + "/allocate", api.token("partner"), "{\"location\": \"CENTRAL\"}"),
                403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + id + "/allocate", api.token("service"), "{\"location\": \"CENTRAL\"}"),
                403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + id + "/allocate", api.token("carrier"), "{\"location\": \"CENTRAL\"}"),
                403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + id + "/allocate", null, "{\"location\": \"CENTRAL\"}"), 401, "UNAUTHENTICATED");
        assertProblem(api.get(ADMIN + "overdue", api.token("partner")), 403, "FORBIDDEN");
        assertProblem(api.post(ADMIN + "pickup-expiry-runs", api.token("partner"), ""), 403, "FORBIDDEN");
        assertProblem(carrierEventAs(api, api.token("fulfilment"), "T-1", Api.uniqueId("EV"), "DELIVERED", null),
                403, "FORBIDDEN");
        assertProblem(carrierEventAs(api, api.token("partner"), "T-1", Api.uniqueId("EV"), "DELIVERED", null),
                403, "FORBIDDEN");
        assertThat(partnerView(api, id).getString("status")).isEqualTo("PLACED");
    }

    @Test
    void bad_bodies_are_400_problems_naming_the_field(Api api) {
        String customer = customerWithPoints(api, 2_000);
        String id = order(api, customer, newStockedGift(api, 100, 1), 1, courierTo(address())).getString("id");
        step(api, id, "allocate", "{\"location\": \"CENTRAL\"}");

        assertViolation(post(api, id, "ship", "{\"carrier\": \"it-carrier\"}"), "trackingNumber");
        assertViolation(post(api, id, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"no spaces allowed\"}"),
                "trackingNumber");
        assertViolation(post(api, id, "ship", "{\"carrier\": \"" + "x".repeat(65) + "\", \"trackingNumber\": \"A1\"}"),
                "carrier");
        assertViolation(post(api, id, "fail", "{\"reason\": \" \"}"), "reason");
        assertViolation(post(api, id, "hand-over", "{\"pickupCode\": \"12ab\"}"), "pickupCode");
        assertViolation(post(api, id, "substitute-offers", "{\"giftId\": \"../etc\"}"), "giftId");
        assertProblem(post(api, id, "ship", "{\"carrier\": "), 400, "VALIDATION_FAILED");
        assertProblem(post(api, id, "allocate", null), 400, "VALIDATION_FAILED");
        String tracking = tracking();
        step(api, id, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + tracking + "\"}");
        assertProblem(carrierEvent(api, tracking, Api.uniqueId("EV"), "LOST", null), 400, "VALIDATION_FAILED");
        assertViolation(api.post("/api/v1/carrier/shipments/" + tracking + "/events", api.token("carrier"),
                "{\"status\": \"DELIVERED\", \"at\": \"" + Instant.now() + "\"}"), "eventId");
        assertViolation(api.post("/api/v1/carrier/shipments/" + tracking + "/events", api.token("carrier"),
                "{\"eventId\": \"E1\", \"status\": \"DELIVERED\", \"at\": \"" + Instant.now().plusSeconds(3_600) + "\"}"),
                "at");
        assertProblem(carrierEvent(api, "NO-SUCH-TRACKING-" + tracking, Api.uniqueId("EV"), "DELIVERED", null),
                404, "NOT_FOUND");
        assertProblem(api.post(ADMIN + "O-does-not-exist/deliver", api.token("fulfilment"), ""), 404, "NOT_FOUND");
        assertThat(partnerView(api, id).getString("status")).isEqualTo("SHIPPED");
    }

    // ---- time limits

    @Test
    void a_pickup_not_collected_in_time_is_overdue_and_then_cancelled_and_refunded_by_the_job(Api api) throws Exception {
        String customer = customerWithPoints(api, 4_000);
        String gift = newPhysicalGift(api, 1_000);
        addStock(api, gift, "CENTRAL", 1);
        String id = order(api, customer, gift, 1, pickupAt(BRANCH)).getString("id");
        step(api, id, "allocate", "{\"location\": \"" + BRANCH + "\"}");
        step(api, id, "ready-for-pickup", null);
        assertThat(overdueOf(api, customer)).isEmpty();

        io.jifen.it.support.GiftMall.awaitOverdue(api, customer, id);
        var overdue = overdueOf(api, customer);
        assertThat(overdue).extracting(o -> o.getString("id")).containsExactly(id);
        assertThat(overdue.get(0).getBoolean("overdue")).isTrue();
        assertThat(Instant.parse(overdue.get(0).getString("dueBy"))).isBefore(Instant.now());
        var run = api.post(ADMIN + "pickup-expiry-runs", api.token("fulfilment"), "");

        assertThat(run.status()).as(run.toString()).isEqualTo(200);
        assertThat(run.json().getJsonArray("orderIds").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).contains(id);
        var order = partnerView(api, id);
        assertThat(order.getString("status")).isEqualTo("CANCELLED");
        var cancelled = order.getJsonArray("history").getJsonObject(3);
        assertThat(cancelled.getString("by")).isEqualTo("system");
        assertThat(cancelled.getString("reason")).isEqualTo("not collected within PT5S");
        assertThat(api.balance(customer)).isEqualTo(4_000);
        assertThat(entries(api, customer).get(0).getString("type")).isEqualTo("REFUND");
        assertThat(stockAt(api, gift, BRANCH)).isEqualTo(1);
        api.assertLedgerConsistent(customer);
        assertThat(overdueOf(api, customer)).isEmpty();
        var rerun = api.post(ADMIN + "pickup-expiry-runs", api.token("admin"), "");
        assertThat(rerun.json().getJsonArray("orderIds").toString()).doesNotContain(id);
        assertThat(api.balance(customer)).as("refunded once").isEqualTo(4_000);
    }

    // ---- door to door

    @Test
    void a_private_banking_customer_s_courier_order_goes_door_to_door_and_leads_the_board(Api api) {
        String customer = api.newCustomer("LOW", "AA", "PRIVATE_BANKING");
        credit(api, customer, 10_000);
        String gift = newStockedGift(api, 200, 5);
        addStock(api, gift, BRANCH, 1);
        String pickup = order(api, customer, gift, 1, pickupAt(BRANCH)).getString("id");
        var courier = order(api, customer, gift, 1, courierTo(address()));

        assertThat(courier.getBoolean("doorToDoor")).isTrue();
        assertThat(partnerView(api, pickup).getBoolean("doorToDoor")).isFalse();
        var board = api.get(ADMIN + "board?customerId=" + customer, api.token("fulfilment"));
        assertThat(board.status()).as(board.toString()).isEqualTo(200);
        assertThat(board.json().getJsonArray("items").getValuesAs(JsonObject.class))
                .extracting(o -> o.getString("id"), o -> o.getBoolean("doorToDoor"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple(courier.getString("id"), true),
                        org.assertj.core.groups.Tuple.tuple(pickup, false));
        String ordinary = customerWithPoints(api, 1_000);
        assertThat(order(api, ordinary, gift, 1, courierTo(address())).getBoolean("doorToDoor")).isFalse();
    }

    // ---- helpers

    private static String newStockedGift(Api api, long price, long centralStock) {
        String gift = newPhysicalGift(api, price);
        addStock(api, gift, "CENTRAL", centralStock);
        return gift;
    }

    /** A courier order of one unit, allocated at the warehouse and shipped under a fresh tracking number. */
    private static String shippedOrder(Api api, String customer, String gift) {
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");
        step(api, id, "allocate", "{\"location\": \"CENTRAL\"}");
        step(api, id, "ship", "{\"carrier\": \"it-carrier\", \"trackingNumber\": \"" + tracking() + "\"}");
        return id;
    }

    private static String tracking() {
        return Api.uniqueId("SF").toUpperCase();
    }

    private static String wrongCode(String code) {
        return code.equals("00000000") ? "11111111" : "00000000";
    }

    private static Api.Response post(Api api, String orderId, String step, String json) {
        api.carrier("it-carrier");
        return api.send(api.request(ADMIN + orderId + "/" + step, api.token("fulfilment"))
                .header("Content-Type", "application/json")
                .POST(json == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(json)));
    }

    /** A step as fulfilment staff that must succeed; answers the order. */
    private static JsonObject step(Api api, String orderId, String step, String json) {
        var response = post(api, orderId, step, json);
        assertThat(response.status()).as(step + ": " + response).isIn(200, 201);
        return response.json();
    }

    private static Api.Response handOver(Api api, String orderId, String code) {
        return post(api, orderId, "hand-over", "{\"pickupCode\": \"" + code + "\"}");
    }

    private static Api.Response carrierEvent(Api api, String tracking, String eventId, String status, String note) {
        return carrierEventAs(api, api.token("carrier"), tracking, eventId, status, note);
    }

    private static Api.Response carrierEventAs(Api api, String token, String tracking, String eventId, String status,
                                               String note) {
        return api.post("/api/v1/carrier/shipments/" + tracking + "/events", token, """
                {"eventId": "%s", "status": "%s", "at": "%s"%s}""".formatted(eventId, status,
                Instant.now().minusSeconds(30), note == null ? "" : ", \"note\": \"" + note + "\""));
    }

    private static JsonObject partnerView(Api api, String orderId) {
        var response = api.get("/api/v1/orders/" + orderId, api.token("partner"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static JsonObject staffView(Api api, String orderId) {
        var response = api.get(ADMIN + orderId, api.token("fulfilment"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> statuses(JsonObject order) {
        return order.getJsonArray("history").getValuesAs(JsonObject.class).stream()
                .map(change -> change.getString("status")).toList();
    }

    private static List<JsonObject> overdueOf(Api api, String customerId) {
        var response = api.get(ADMIN + "overdue?size=50&customerId=" + customerId, api.token("fulfilment"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<JsonObject> entries(Api api, String customerId) {
        var response = api.get("/api/v1/customers/" + customerId + "/points/entries?size=200", api.token("service"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static void assertViolation(Api.Response response, String field) {
        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.json().getJsonArray("violations").getValuesAs(JsonObject.class))
                .extracting(v -> v.getString("field")).contains(field);
    }
}
