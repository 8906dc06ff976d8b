package io.jifen.it.support;

import jakarta.json.JsonObject;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;

/**
 * Gift-mall helpers for the catalog and order tests: gifts, stock, points to spend and orders,
 * each through the public API as procurement, customer service or a storefront would.
 */
public final class GiftMall {
    private static final HttpClient BINARY = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private GiftMall() {
    }

    /** The JSON of a gift for POST /api/v1/admin/gifts; channels and partners as JSON arrays. */
    public static String giftJson(String sku, String name, String category, String type, long pointsPrice,
                                  int minStarLevel, String channels, String partners, int lowStockThreshold) {
        return """
                {"sku": "%s", "name": "%s", "nameEn": "%s (en)", "category": "%s", "type": "%s",
                 "pointsPrice": %d, "minStarLevel": %d, "channels": %s, "partners": %s,
                 "unitCost": "199.00", "lowStockThreshold": %d}"""
                .formatted(sku, name, name, category, type, pointsPrice, minStarLevel, channels, partners,
                        lowStockThreshold);
    }

    /** Creates a gift as procurement from the given JSON; fails unless it is 201. */
    public static JsonObject createGift(Api api, String json) {
        Api.Response response = api.post("/api/v1/admin/gifts", api.token("procurement"), json);
        if (response.status() != 201) {
            throw new IllegalStateException("could not create gift: " + response);
        }
        return response.json();
    }

    /** A gift of any partner, no minimum star level; answers its id. */
    public static String newGift(Api api, String type, long pointsPrice, String channels) {
        return newGift(api, Api.uniqueId("SKU"), "礼品", "ELECTRONICS", type, pointsPrice, 0, channels, "[]", 0);
    }

    public static String newGift(Api api, String sku, String name, String category, String type, long pointsPrice,
                                 int minStarLevel, String channels, String partners, int lowStockThreshold) {
        return createGift(api, giftJson(sku, name, category, type, pointsPrice, minStarLevel, channels, partners,
                lowStockThreshold)).getString("id");
    }

    /** An e-voucher gift with the given price and units at the central warehouse. */
    public static String newVoucherGift(Api api, long pointsPrice, long centralStock) {
        String id = newGift(api, "E_VOUCHER", pointsPrice, "[\"E_VOUCHER\"]");
        if (centralStock > 0) {
            addStock(api, id, "CENTRAL", centralStock);
        }
        return id;
    }

    /** A physical gift delivered by branch pickup or courier. */
    public static String newPhysicalGift(Api api, long pointsPrice) {
        return newGift(api, "PHYSICAL", pointsPrice, "[\"BRANCH_PICKUP\", \"COURIER\"]");
    }

    public static Api.Response adjustStock(Api api, String giftId, String location, long quantity) {
        return api.post("/api/v1/admin/gifts/" + giftId + "/stock-adjustments", api.token("procurement"), """
                {"location": "%s", "quantity": %d, "reason": "integration test"}""".formatted(location, quantity));
    }

    /** Adds (or with a negative quantity takes) units at a location; fails unless it is 201. */
    public static void addStock(Api api, String giftId, String location, long quantity) {
        Api.Response response = adjustStock(api, giftId, location, quantity);
        if (response.status() != 201) {
            throw new IllegalStateException("could not adjust stock: " + response);
        }
    }

    /** The gift as procurement sees it, with stock per location. */
    public static JsonObject adminGift(Api api, String giftId) {
        Api.Response response = api.get("/api/v1/admin/gifts/" + giftId, api.token("procurement"));
        if (response.status() != 200) {
            throw new IllegalStateException("no gift: " + response);
        }
        return response.json();
    }

    public static long stockAt(Api api, String giftId, String location) {
        JsonObject byLocation = adminGift(api, giftId).getJsonObject("stockByLocation");
        return byLocation.containsKey(location) ? byLocation.getJsonNumber(location).longValue() : 0;
    }

    public static long totalStock(Api api, String giftId) {
        return adminGift(api, giftId).getJsonNumber("totalStock").longValue();
    }

    /** Credits points with a staff adjustment (Api.credit: approved by a second person when over the limit). */
    public static void credit(Api api, String customerId, long points) {
        api.credit(customerId, points);
    }

    /** A LOW-risk, AA customer (no star level) holding the given points. */
    public static String customerWithPoints(Api api, long points) {
        String id = api.newCustomer();
        if (points > 0) {
            credit(api, id, points);
        }
        return id;
    }

    public static String eVoucher() {
        return "{\"channel\": \"E_VOUCHER\"}";
    }

    public static String pickupAt(String branchCode) {
        return "{\"channel\": \"BRANCH_PICKUP\", \"branchCode\": \"%s\"}".formatted(branchCode);
    }

    public static String courierTo(String addressJson) {
        return addressJson == null ? "{\"channel\": \"COURIER\"}"
                : "{\"channel\": \"COURIER\", \"address\": %s}".formatted(addressJson);
    }

    public static String address() {
        return """
                {"recipient": "王小明", "phone": "13812345678", "line1": "朝阳区建国路 88 号 1 栋 101",
                 "city": "北京", "postalCode": "100022"}""";
    }

    public static String orderJson(String customerId, String giftId, int quantity, String fulfilmentJson) {
        return """
                {"customerId": "%s", "giftId": "%s", "quantity": %d, "fulfilment": %s}"""
                .formatted(customerId, giftId, quantity, fulfilmentJson);
    }

    /** Places an order as partner "acme" with the given idempotency key (none when null). */
    public static Api.Response placeOrder(Api api, String key, String customerId, String giftId, int quantity,
                                          String fulfilmentJson) {
        return placeOrder(api, api.token("partner"), key, orderJson(customerId, giftId, quantity, fulfilmentJson));
    }

    public static Api.Response placeOrder(Api api, String key, String customerId, String giftId, String fulfilmentJson) {
        return placeOrder(api, key, customerId, giftId, 1, fulfilmentJson);
    }

    /** Places an order with any token and body. */
    public static Api.Response placeOrder(Api api, String token, String key, String body) {
        HttpRequest.Builder request = api.request("/api/v1/orders", token).header("Content-Type", "application/json");
        if (key != null) {
            request.header("Idempotency-Key", key);
        }
        return api.send(request.POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /** Places an order as "acme" and fails unless it is 201; answers the order. */
    public static JsonObject order(Api api, String customerId, String giftId, int quantity, String fulfilmentJson) {
        Api.Response response = placeOrder(api, Api.uniqueId("K"), customerId, giftId, quantity, fulfilmentJson);
        if (response.status() != 201) {
            throw new IllegalStateException("could not place order: " + response);
        }
        return response.json();
    }

    /** A GET with an Accept-Language header. */
    public static Api.Response getIn(Api api, String language, String path, String token) {
        return api.send(api.request(path, token).header("Accept-Language", language).GET());
    }

    /** A binary GET: status, headers and the body's bytes. */
    public static Binary getBytes(Api api, String path, String token) {
        try {
            HttpResponse<byte[]> response = BINARY.send(api.request(path, token).GET().build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            return new Binary(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("request failed", e);
        }
    }

    public record Binary(int status, Map<String, List<String>> headers, byte[] body) {
        public String contentType() {
            return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase("Content-Type"))
                    .flatMap(e -> e.getValue().stream()).findFirst().orElse("");
        }
    }

    /**
     * Waits until the fulfilment board lists the order as overdue (its time limit passes in
     * seconds on the test server), polling rather than sleeping a fixed time.
     */
    public static void awaitOverdue(Api api, String customerId, String orderId) throws InterruptedException {
        long deadline = System.nanoTime() + java.time.Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            var overdue = api.get("/api/v1/admin/orders/overdue?size=50&customerId=" + customerId, api.token("fulfilment"));
            if (overdue.status() == 200 && overdue.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                    .anyMatch(order -> order.getString("id").equals(orderId))) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("order " + orderId + " never became overdue");
    }
}
