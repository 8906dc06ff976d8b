package io.jifen.it.procurement;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import jakarta.json.JsonObject;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Procurement helpers: staff tokens with their own names (the four-eyes rule compares them),
 * suppliers with quotes, budgets in periods no other test uses, and orders walked to a state.
 */
public final class Procurement {
    public static final String SUPPLIERS = "/api/v1/admin/suppliers";
    public static final String ORDERS = "/api/v1/admin/purchase-orders";
    public static final String BUDGETS = "/api/v1/admin/budgets";

    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    private static final int YEAR = 2100 + ThreadLocalRandom.current().nextInt(800);
    private static final AtomicInteger MONTHS = new AtomicInteger();

    private Procurement() {
    }

    /** A token for the named staff member with the given role. */
    public static String staff(Api api, String subject, String role) {
        return TOKENS.computeIfAbsent(api.base() + subject + "/" + role, key -> {
            var response = api.post("/api/v1/dev/tokens", null,
                    "{\"subject\": \"%s\", \"groups\": [\"%s\"]}".formatted(subject, role));
            if (response.status() != 200) {
                throw new IllegalStateException("no dev token: " + response);
            }
            return response.json().getString("token");
        });
    }

    public static String buyer1(Api api) {
        return staff(api, "buyer-1", "procurement");
    }

    public static String buyer2(Api api) {
        return staff(api, "buyer-2", "procurement");
    }

    public static String admin(Api api) {
        return staff(api, "admin-1", "admin");
    }

    /** A month far in the future no other test charges. */
    public static String freshPeriod() {
        int n = MONTHS.getAndIncrement();
        return "%d-%02d".formatted(YEAR + n / 12, n % 12 + 1);
    }

    public static String budget(Api api, String allocated) {
        String period = freshPeriod();
        var response = api.put(BUDGETS + "/" + period, admin(api), "{\"allocated\": \"%s\"}".formatted(allocated));
        if (response.status() != 201) {
            throw new IllegalStateException("could not set budget: " + response);
        }
        return period;
    }

    public static JsonObject budgetOf(Api api, String period) {
        var response = api.get(BUDGETS + "/" + period, buyer1(api));
        if (response.status() != 200) {
            throw new IllegalStateException("no budget: " + response);
        }
        return response.json();
    }

    public static String supplier(Api api, String name) {
        var response = api.post(SUPPLIERS, buyer1(api), """
                {"name": "%s", "contacts": [{"name": "李经理", "phone": "13900000000", "email": "li@example.com"}]}"""
                .formatted(name));
        if (response.status() != 201) {
            throw new IllegalStateException("could not add supplier: " + response);
        }
        return response.json().getString("id");
    }

    public static void quote(Api api, String supplierId, String giftId, int minQuantity, String unitPrice) {
        var response = api.post(SUPPLIERS + "/" + supplierId + "/quotes", buyer1(api), """
                {"giftId": "%s", "minQuantity": %d, "unitPrice": "%s", "validFrom": "2020-01-01", "validTo": "2199-12-31"}"""
                .formatted(giftId, minQuantity, unitPrice));
        if (response.status() != 201) {
            throw new IllegalStateException("could not add quote: " + response);
        }
    }

    public static String gift(Api api) {
        return GiftMall.newPhysicalGift(api, 1000);
    }

    /** A supplier quoting one unit price for a new gift; answers {supplierId, giftId}. */
    public static String[] supplierAndGift(Api api, String unitPrice) {
        String gift = gift(api);
        String supplier = supplier(api, "供应商 " + Api.uniqueId("S"));
        quote(api, supplier, gift, 1, unitPrice);
        return new String[] {supplier, gift};
    }

    public static Api.Response draft(Api api, String token, String supplierId, String period, String linesJson) {
        return api.post(ORDERS, token, """
                {"supplierId": "%s", "budgetPeriod": "%s", "expectedBy": "2199-12-31", "lines": %s}"""
                .formatted(supplierId, period, linesJson));
    }

    public static String line(String giftId, int quantity, String location) {
        return "{\"giftId\": \"%s\", \"quantity\": %d, \"location\": \"%s\"}".formatted(giftId, quantity, location);
    }

    /** A draft of one line, submitted by buyer-1; answers its id. */
    public static String submitted(Api api, String supplierId, String period, String giftId, int quantity) {
        var drafted = draft(api, buyer1(api), supplierId, period, "[" + line(giftId, quantity, "CENTRAL") + "]");
        if (drafted.status() != 201) {
            throw new IllegalStateException("could not draft: " + drafted);
        }
        String id = drafted.json().getString("id");
        var submitted = api.post(ORDERS + "/" + id + "/submit", buyer1(api), "{}");
        if (submitted.status() != 200) {
            throw new IllegalStateException("could not submit: " + submitted);
        }
        return id;
    }

    public static Api.Response approve(Api api, String token, String orderId, String reserveReason) {
        return api.post(ORDERS + "/" + orderId + "/approve", token,
                reserveReason == null ? "{}" : "{\"reserveReason\": \"%s\"}".formatted(reserveReason));
    }

    public static Api.Response receive(Api api, String orderId, String linesJson) {
        return api.post(ORDERS + "/" + orderId + "/receipts", buyer1(api), "{\"lines\": " + linesJson + "}");
    }

    public static String receipt(int lineNo, int received, int accepted, String reason) {
        return reason == null
                ? "{\"lineNo\": %d, \"received\": %d, \"accepted\": %d}".formatted(lineNo, received, accepted)
                : "{\"lineNo\": %d, \"received\": %d, \"accepted\": %d, \"rejectReason\": \"%s\"}"
                .formatted(lineNo, received, accepted, reason);
    }
}
