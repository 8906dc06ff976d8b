package io.jifen.it.partners;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.stockAt;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 12, finding 1: carriers are registered, a carrier token names one, shipping names one,
 * and a carrier reaches only its own shipments.
 */
@ExtendWith(RunningServer.class)
class CarrierIT {
    private static final String ADMIN = "/api/v1/admin/orders/";
    private static final String CARRIERS = "/api/v1/admin/carriers/";

    /** A courier order allocated at the warehouse, not yet shipped; answers its id. */
    private static String allocatedOrder(Api api, String customer, String gift) {
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");
        var allocated = api.post(ADMIN + id + "/allocate", api.token("fulfilment"), "{\"location\": \"CENTRAL\"}");
        assertThat(allocated.status()).as(allocated.toString()).isIn(200, 201);
        return id;
    }

    private static Api.Response ship(Api api, String orderId, String carrier, String tracking) {
        return api.post(ADMIN + orderId + "/ship", api.token("fulfilment"),
                "{\"carrier\": \"" + carrier + "\", \"trackingNumber\": \"" + tracking + "\"}");
    }

    private static Api.Response report(Api api, String token, String tracking, String status) {
        return api.post("/api/v1/carrier/shipments/" + tracking + "/events", token, """
                {"eventId": "%s", "status": "%s", "at": "%s"}""".formatted(Api.uniqueId("EV"), status,
                Instant.now().minusSeconds(30)));
    }

    private static String status(Api api, String orderId) {
        return api.get("/api/v1/orders/" + orderId, api.token("partner")).json().getString("status");
    }

    @Test
    void a_carrier_s_event_on_another_carrier_s_shipment_is_404_and_changes_nothing(Api api) {
        String sf = api.carrier(Api.uniqueId("sf"));
        String ems = api.carrier(Api.uniqueId("ems"));
        String customer = customerWithPoints(api, 3_000);
        String gift = newPhysicalGift(api, 700);
        addStock(api, gift, "CENTRAL", 2);
        String id = allocatedOrder(api, customer, gift);
        String tracking = Api.uniqueId("SF").toUpperCase();
        assertThat(ship(api, id, sf, tracking).status()).isIn(200, 201);

        var foreign = report(api, api.carrierToken(ems), tracking, "FAILED");

        assertProblem(foreign, 404, "NOT_FOUND");
        assertThat(status(api, id)).isEqualTo("SHIPPED");
        assertThat(api.balance(customer)).isEqualTo(2_300);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);
        var own = report(api, api.carrierToken(sf), tracking, "DELIVERED");
        assertThat(own.status()).as(own.toString()).isEqualTo(201);
        assertThat(status(api, id)).isEqualTo("DELIVERED");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", ", \"carrier\": \"\"", ", \"carrier\": 7", ", \"carrier\": [\"it-carrier\"]",
            ", \"carrier\": {\"id\": \"it-carrier\"}", ", \"carrier\": \"no-such-carrier\"", ", \"carrier\": \"IT-CARRIER\""})
    void a_carrier_claim_that_is_not_a_string_naming_a_registered_carrier_is_403_and_changes_nothing(String claim,
                                                                                                     Api api) {
        String carrier = api.carrier("it-carrier");
        String customer = customerWithPoints(api, 3_000);
        String gift = newPhysicalGift(api, 700);
        addStock(api, gift, "CENTRAL", 1);
        String id = allocatedOrder(api, customer, gift);
        String tracking = Api.uniqueId("T").toUpperCase();
        ship(api, id, carrier, tracking);
        String token = api.mint("{\"subject\": \"it-carrier\", \"groups\": [\"carrier\"]" + claim + "}");

        assertProblem(report(api, token, tracking, "FAILED"), 403, "FORBIDDEN");
        assertThat(status(api, id)).isEqualTo("SHIPPED");
        assertThat(api.balance(customer)).isEqualTo(2_300);
    }

    @Test
    void a_suspended_carrier_may_neither_report_nor_take_new_shipments(Api api) {
        String carrier = api.carrier(Api.uniqueId("yto"));
        String token = api.carrierToken(carrier);
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 700);
        addStock(api, gift, "CENTRAL", 2);
        String shipped = allocatedOrder(api, customer, gift);
        String tracking = Api.uniqueId("T").toUpperCase();
        ship(api, shipped, carrier, tracking);
        String waiting = allocatedOrder(api, customer, gift);

        assertThat(api.put(CARRIERS + carrier, api.token("admin"),
                "{\"name\": \"YTO\", \"status\": \"SUSPENDED\"}").status()).isEqualTo(200);

        assertProblem(report(api, token, tracking, "FAILED"), 403, "FORBIDDEN");
        assertProblem(ship(api, waiting, carrier, Api.uniqueId("T").toUpperCase()), 409, "INVALID_STATE");
        assertThat(status(api, shipped)).isEqualTo("SHIPPED");
        assertThat(status(api, waiting)).isEqualTo("ALLOCATED");
    }

    @Test
    void shipping_with_a_carrier_no_one_registered_is_400_and_the_order_stays_allocated(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String gift = newPhysicalGift(api, 700);
        addStock(api, gift, "CENTRAL", 1);
        String id = allocatedOrder(api, customer, gift);

        var response = ship(api, id, "no-such-carrier", Api.uniqueId("T").toUpperCase());

        assertProblem(response, 400, "VALIDATION_FAILED");
        assertThat(response.body()).contains("carrier");
        assertProblem(ship(api, id, "顺丰速运", Api.uniqueId("T").toUpperCase()), 400, "VALIDATION_FAILED");
        assertThat(status(api, id)).isEqualTo("ALLOCATED");
    }

    @Test
    void an_administrator_registers_and_replaces_a_carrier_and_an_auditor_may_read_it(Api api) {
        String carrier = Api.uniqueId("c");
        var created = api.put(CARRIERS + carrier, api.token("admin"), "{\"name\": \"顺丰速运 SF\", \"status\": \"ACTIVE\"}");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("name")).isEqualTo("顺丰速运 SF");
        var replaced = api.put(CARRIERS + carrier, api.token("admin"), "{\"name\": \"SF\", \"status\": \"SUSPENDED\"}");
        assertThat(replaced.status()).isEqualTo(200);
        var read = api.get(CARRIERS + carrier, api.token("auditor"));
        assertThat(read.json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(api.get("/api/v1/admin/carriers", api.token("auditor")).status()).isEqualTo(200);
        assertProblem(api.get(CARRIERS + "no-such-carrier", api.token("admin")), 404, "NOT_FOUND");
    }

    @Test
    void only_administrators_change_carriers_and_a_bad_registration_is_400(Api api) {
        String carrier = Api.uniqueId("c");
        String body = "{\"name\": \"X\", \"status\": \"ACTIVE\"}";
        for (String role : new String[] {"auditor", "fulfilment", "service", "carrier", "partner", "core-banking"}) {
            assertProblem(api.put(CARRIERS + carrier, api.token(role), body), 403, "FORBIDDEN");
        }
        for (String role : new String[] {"fulfilment", "carrier", "partner"}) {
            assertProblem(api.get("/api/v1/admin/carriers", api.token(role)), 403, "FORBIDDEN");
        }
        assertProblem(api.put(CARRIERS + "sf.express", api.token("admin"), body), 400, "VALIDATION_FAILED");
        assertProblem(api.put(CARRIERS + carrier, api.token("admin"), "{\"name\": \"X\", \"status\": \"GONE\"}"),
                400, "VALIDATION_FAILED");
        assertProblem(api.get(CARRIERS + carrier, api.token("admin")), 404, "NOT_FOUND");
    }
}
