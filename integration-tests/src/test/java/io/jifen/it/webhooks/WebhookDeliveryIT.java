package io.jifen.it.webhooks;

import static io.jifen.it.webhooks.Webhooks.awaitDelivery;
import static io.jifen.it.webhooks.Webhooks.deactivate;
import static io.jifen.it.webhooks.Webhooks.registered;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import io.jifen.it.webhooks.WebhookReceiver.Arrival;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Deliveries to a real HTTP endpoint in the test, from a server with two delivery workers polling
 * every 200 ms and retrying from 500 ms (the harness's settings).
 */
@ExtendWith(RunningServer.class)
class WebhookDeliveryIT {
    private static final String NOW = Instant.now().minusSeconds(60).toString();
    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void a_points_change_arrives_once_with_its_event_id_and_a_signature_the_partner_can_verify(Api api)
            throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", null);
            try {
                String customer = api.newCustomer();
                assertThat(api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", NOW).status()).isEqualTo(201);

                Arrival arrival = receiver.await(a -> customer.equals(a.customerId()), 1, WAIT).getFirst();
                assertThat(arrival.signedWith(endpoint.getString("secret"))).isTrue();
                assertThat(arrival.signedWith("whsec_someone-else")).isFalse();
                assertThat(arrival.header("Jifen-Signature")).matches("v1=[0-9a-f]{64}");
                assertThat(arrival.header("Jifen-Event-Type")).isEqualTo("points.changed");
                assertThat(arrival.header("Content-Type")).startsWith("application/json");
                assertThat(Long.parseLong(arrival.header("Jifen-Timestamp")))
                        .isBetween(Instant.now().minusSeconds(120).getEpochSecond(), Instant.now().getEpochSecond() + 5);
                var body = arrival.json();
                assertThat(body.getString("id")).isEqualTo(arrival.eventId()).hasSize(36);
                assertThat(body.getString("type")).isEqualTo("points.changed");
                assertThat(body.getString("customerId")).isEqualTo(customer);
                assertThat(arrival.data().getString("entryType")).isEqualTo("ACCRUAL");
                assertThat(arrival.data().getInt("points")).isEqualTo(20);
                assertThat(arrival.data().getInt("balanceAfter")).isEqualTo(20);
                assertThat(arrival.attempt()).isEqualTo(1);

                var delivery = awaitDelivery(api, endpoint.getJsonNumber("id").longValue(), "DELIVERED",
                        d -> d.getString("eventId").equals(arrival.eventId()), WAIT);
                // once DELIVERED no worker may claim it again, so one arrival now means one for good
                assertThat(receiver.arrivals(a -> customer.equals(a.customerId()))).hasSize(1);
                assertThat(delivery.getInt("attempts")).isEqualTo(1);
                assertThat(delivery.getInt("lastResponseStatus")).isEqualTo(200);
                assertThat(delivery.getString("customerId")).isEqualTo(customer);
            } finally {
                deactivate(api, endpoint.getJsonNumber("id").longValue());
            }
        }
    }

    @Test
    void an_endpoint_answering_500_sees_retries_with_growing_gaps_and_then_the_event(Api api) throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            // fails the first three attempts of every event, then accepts
            receiver.answer(arrival -> arrival.attempt() <= 3 ? 500 : 200);
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", null);
            try {
                String customer = api.newCustomer();
                api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "10.00", NOW);

                var arrivals = receiver.await(a -> customer.equals(a.customerId()), 4, WAIT);
                assertThat(arrivals).extracting(Arrival::attempt).containsExactly(1, 2, 3, 4);
                assertThat(arrivals).extracting(Arrival::answered).containsExactly(500, 500, 500, 200);
                assertThat(arrivals).extracting(Arrival::eventId).containsOnly(arrivals.getFirst().eventId());
                assertThat(arrivals).extracting(Arrival::body).containsOnly(arrivals.getFirst().body());
                assertThat(arrivals).allMatch(a -> a.signedWith(endpoint.getString("secret")));
                List<Long> gaps = new ArrayList<>();
                for (int i = 1; i < arrivals.size(); i++) {
                    gaps.add(Duration.between(arrivals.get(i - 1).at(), arrivals.get(i).at()).toMillis());
                }
                // 500 ms, then 1 s, then 2 s, each plus up to a poll interval
                assertThat(gaps.get(0)).as("gaps %s", gaps).isGreaterThanOrEqualTo(450);
                assertThat(gaps.get(1)).as("gaps %s", gaps).isGreaterThanOrEqualTo(950).isGreaterThan(gaps.get(0));
                assertThat(gaps.get(2)).as("gaps %s", gaps).isGreaterThanOrEqualTo(1_950).isGreaterThan(gaps.get(1));

                Thread.sleep(1_500);
                assertThat(receiver.arrivals(a -> customer.equals(a.customerId()))).hasSize(4);
                var delivery = awaitDelivery(api, endpoint.getJsonNumber("id").longValue(), "DELIVERED",
                        d -> d.getString("customerId").equals(customer), WAIT);
                assertThat(delivery.getInt("attempts")).isEqualTo(4);
            } finally {
                deactivate(api, endpoint.getJsonNumber("id").longValue());
            }
        }
    }

    @Test
    void two_workers_deliver_many_events_without_sending_one_twice_and_in_each_customers_order(Api api)
            throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            receiver.takeTime(Duration.ofMillis(40));
            // the first attempt of every fifth ledger entry fails: its customer's later events must wait for it
            receiver.answer(arrival -> arrival.attempt() == 1 && arrival.data().getInt("entryId") % 5 == 0 ? 500 : 200);
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", null);
            try {
                Set<String> customers = new LinkedHashSet<>();
                for (int i = 0; i < 6; i++) {
                    customers.add(api.newCustomer());
                }
                List<Callable<Integer>> accruals = new ArrayList<>();
                for (String customer : customers) {
                    for (int i = 0; i < 5; i++) {
                        accruals.add(() -> api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", NOW).status());
                    }
                }
                assertThat(Race.run(accruals)).containsOnly(201);

                receiver.await(a -> customers.contains(a.customerId()) && a.answered() == 200, 30, Duration.ofSeconds(60));
                Thread.sleep(2_000);
                var arrivals = receiver.ofCustomers(customers);
                var accepted = arrivals.stream().filter(a -> a.answered() == 200).toList();
                assertThat(accepted).extracting(Arrival::eventId).doesNotHaveDuplicates().hasSize(30);
                var failed = arrivals.stream().filter(a -> a.answered() != 200).toList();
                assertThat(failed).allMatch(a -> a.attempt() == 1);
                assertThat(arrivals).hasSize(accepted.size() + failed.size());
                assertThat(receiver.sameEventAtOnce()).as("one event sent twice at once").isZero();
                assertThat(receiver.mostConcurrent()).as("two workers delivering side by side").isGreaterThanOrEqualTo(2);

                Map<String, List<Long>> acceptedEntries = new HashMap<>();
                Map<String, List<Long>> arrivedEntries = new HashMap<>();
                for (Arrival arrival : accepted) {
                    acceptedEntries.computeIfAbsent(arrival.customerId(), c -> new ArrayList<>())
                            .add(arrival.data().getJsonNumber("entryId").longValue());
                }
                for (Arrival arrival : arrivals) {
                    arrivedEntries.computeIfAbsent(arrival.customerId(), c -> new ArrayList<>())
                            .add(arrival.data().getJsonNumber("entryId").longValue());
                }
                for (String customer : customers) {
                    assertThat(acceptedEntries.get(customer)).as("accepted, in order, for %s: %s", customer, describe(arrivals))
                            .hasSize(5).isSorted().doesNotHaveDuplicates();
                    assertThat(arrivedEntries.get(customer)).as("every attempt, in order, for %s: %s", customer,
                            describe(arrivals)).isSorted();
                }
            } finally {
                deactivate(api, endpoint.getJsonNumber("id").longValue());
            }
        }
    }

    @Test
    void a_parked_delivery_is_listed_for_staff_and_a_replay_delivers_it(Api api) throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            receiver.answer(arrival -> 500);
            // a two-second retry window of its own: 500 ms, 1 s, then the window's end, then parked
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", "PT2S");
            long endpointId = endpoint.getJsonNumber("id").longValue();
            assertThat(endpoint.getString("retryWindow")).isEqualTo("PT2S");
            try {
                String customer = api.newCustomer();
                api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", NOW);
                var parked = awaitDelivery(api, endpointId, "PARKED", d -> customer.equals(d.getString("customerId")),
                        WAIT);
                assertThat(parked.getInt("attempts")).isGreaterThanOrEqualTo(2);
                assertThat(parked.getInt("lastResponseStatus")).isEqualTo(500);
                assertThat(parked.getString("lastError")).isEqualTo("HTTP 500");
                int attemptsWhenParked = receiver.arrivals(a -> customer.equals(a.customerId())).size();
                Thread.sleep(1_500);
                assertThat(receiver.arrivals(a -> customer.equals(a.customerId()))).hasSize(attemptsWhenParked);

                receiver.answer(arrival -> 200);
                // a parked delivery holds up nothing: the customer's next event goes out
                api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "10.00", NOW);
                var next = receiver.await(a -> customer.equals(a.customerId()) && a.answered() == 200, 1, WAIT);
                assertThat(next.getFirst().eventId()).isNotEqualTo(parked.getString("eventId"));

                long deliveryId = parked.getJsonNumber("id").longValue();
                var replay = api.post("/api/v1/admin/webhooks/deliveries/" + deliveryId + "/replay", api.token("admin"), "");
                assertThat(replay.status()).as(replay.toString()).isEqualTo(200);
                assertThat(replay.json().getString("status")).isEqualTo("PENDING");
                var replayed = receiver.await(a -> a.eventId().equals(parked.getString("eventId")) && a.answered() == 200,
                        1, WAIT).getFirst();
                assertThat(replayed.signedWith(endpoint.getString("secret"))).isTrue();
                var delivered = awaitDelivery(api, endpointId, "DELIVERED", d -> d.getJsonNumber("id").longValue() == deliveryId,
                        WAIT);
                assertThat(delivered.getInt("replays")).isEqualTo(1);

                var again = api.post("/api/v1/admin/webhooks/deliveries/" + deliveryId + "/replay", api.token("admin"), "");
                assertProblem(again, 409, "INVALID_STATE");
            } finally {
                deactivate(api, endpointId);
            }
        }
    }

    @Test
    void order_events_go_to_the_orders_partner_only_in_the_order_they_happened(Api api) throws Exception {
        try (var acme = WebhookReceiver.start(); var other = WebhookReceiver.start()) {
            // "acme" is the partner the test storefront's token carries
            var acmeEndpoint = registered(api, "acme", acme.url(), "[\"order.status-changed\"]", null);
            var otherEndpoint = registered(api, Webhooks.partner(), other.url(), "[\"order.status-changed\"]", null);
            try {
                String customer = GiftMall.customerWithPoints(api, 5_000);
                String gift = GiftMall.newVoucherGift(api, 1_000, 5);
                JsonObject order = GiftMall.order(api, customer, gift, 1, GiftMall.eVoucher());
                String orderId = order.getString("id");

                var events = acme.await(a -> orderId.equals(a.data().getString("orderId", null)), 2, WAIT);
                assertThat(events).extracting(a -> a.data().getString("status")).containsExactly("PLACED", "ISSUED");
                assertThat(events).allMatch(a -> a.header("Jifen-Event-Type").equals("order.status-changed"));
                assertThat(events).allMatch(a -> a.data().getString("partnerId").equals("acme"));
                assertThat(events).allMatch(a -> a.signedWith(acmeEndpoint.getString("secret")));
                assertThat(events).extracting(Arrival::eventId).doesNotHaveDuplicates();
                Thread.sleep(1_500);
                assertThat(other.arrivals()).isEmpty();
                assertThat(acme.arrivals(a -> customer.equals(a.customerId()))).hasSize(2);
            } finally {
                deactivate(api, acmeEndpoint.getJsonNumber("id").longValue());
                deactivate(api, otherEndpoint.getJsonNumber("id").longValue());
            }
        }
    }

    @Test
    void a_deactivated_endpoint_receives_nothing_more(Api api) throws Exception {
        try (var receiver = WebhookReceiver.start()) {
            var endpoint = registered(api, Webhooks.partner(), receiver.url(), "[\"points.changed\"]", null);
            long endpointId = endpoint.getJsonNumber("id").longValue();
            var answer = api.post("/api/v1/admin/webhooks/" + endpointId + "/deactivate", api.token("admin"), "");
            assertThat(answer.status()).isEqualTo(200);
            assertThat(answer.json().getBoolean("active")).isFalse();
            String customer = api.newCustomer();
            api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", NOW);
            Thread.sleep(2_000);
            assertThat(receiver.arrivals()).isEmpty();
            assertThat(Webhooks.deliveries(api, endpointId, null)).isEmpty();
        }
    }

    /** The arrivals as customer:entry/answer, for failure messages. */
    private static String describe(List<Arrival> arrivals) {
        return arrivals.stream().map(a -> a.customerId() + ":" + a.data().get("entryId") + "/" + a.answered())
                .collect(Collectors.joining(", "));
    }
}
