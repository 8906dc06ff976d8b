package io.jifen.it.support;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/** A thin HTTP client for the API under test, with dev tokens per role. */
public final class Api {
    private static final Map<String, String> TOKENS = new ConcurrentHashMap<>();
    /** Partners and carriers already registered on a server, so each test run registers them once. */
    private static final Set<String> REGISTERED = ConcurrentHashMap.newKeySet();
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI base;

    public Api(URI base) {
        this.base = base;
    }

    public URI base() {
        return base;
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET());
    }

    public Response post(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response put(String path, String token, String json) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public Response delete(String path, String token) {
        return send(request(path, token).DELETE());
    }

    public Response send(HttpRequest.Builder builder) {
        try {
            HttpResponse<String> response = http.send(builder.build(), HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (Exception e) {
            throw new IllegalStateException("request failed", e);
        }
    }

    public HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60));
        if (token != null) {
            builder.header("Authorization", "Bearer " + token);
        }
        return builder;
    }

    /**
     * A token for a role; partner tokens belong to partner "acme", carrier tokens to carrier
     * "it-carrier", each registered (ACTIVE, all customers) before the token is minted.
     */
    public String token(String role) {
        if (role.equals("carrier")) {
            return carrierToken("it-carrier");
        }
        return token(role, role.equals("partner") ? "acme" : null);
    }

    /** A token for a role; a partner token for the named partner, which is registered first if need be. */
    public String token(String role, String partner) {
        if (partner != null) {
            partner(partner);
        }
        return TOKENS.computeIfAbsent(base + role + "/" + partner, key -> {
            String body = partner == null
                    ? "{\"subject\":\"it-" + role + "\",\"groups\":[\"" + role + "\"]}"
                    : "{\"subject\":\"it-" + partner + "\",\"groups\":[\"" + role + "\"],\"partner\":\"" + partner + "\"}";
            return mint(body);
        });
    }

    /** A carrier's token for the named carrier, which is registered first if need be. */
    public String carrierToken(String carrier) {
        carrier(carrier);
        return TOKENS.computeIfAbsent(base + "carrier/" + carrier, key ->
                mint("{\"subject\":\"it-" + carrier + "\",\"groups\":[\"carrier\"],\"carrier\":\"" + carrier + "\"}"));
    }

    /** A dev token for any request body (claims of any JSON type, for the hostile cases); never cached. */
    public String mint(String body) {
        Response response = post("/api/v1/dev/tokens", null, body);
        if (response.status() != 200) {
            throw new IllegalStateException("no dev token: " + response);
        }
        return response.json().getString("token");
    }

    /** Registers the partner (ACTIVE, all customers) unless this run already did; answers its id. */
    public String partner(String partnerId) {
        // one registration per id even when many threads ask for its token at once (the bench, races)
        synchronized (REGISTERED) {
            if (!REGISTERED.contains(base + "partner/" + partnerId)) {
                registerPartner(partnerId, "ACTIVE", "ALL_CUSTOMERS");
            }
            return partnerId;
        }
    }

    /** Registers or replaces a partner with the given status and customer scope; {@link #partner} then leaves it so. */
    public Response registerPartner(String partnerId, String status, String customerScope) {
        Response response = put("/api/v1/admin/partners/" + partnerId, token("admin"), """
                {"name": "IT partner %s", "status": "%s", "customerScope": "%s", "rateLimitPerSecond": 1000,
                 "burst": 2000}""".formatted(partnerId, status, customerScope));
        if (response.status() != 200 && response.status() != 201) {
            throw new IllegalStateException("could not register partner " + partnerId + ": " + response);
        }
        REGISTERED.add(base + "partner/" + partnerId);
        return response;
    }

    /** Registers the carrier (ACTIVE) unless this run already did; answers its id, to ship with. */
    public String carrier(String carrierId) {
        synchronized (REGISTERED) {
            if (!REGISTERED.contains(base + "carrier/" + carrierId)) {
                Response response = put("/api/v1/admin/carriers/" + carrierId, token("admin"),
                        "{\"name\": \"IT carrier " + carrierId + "\", \"status\": \"ACTIVE\"}");
                if (response.status() != 200 && response.status() != 201) {
                    throw new IllegalStateException("could not register carrier " + carrierId + ": " + response);
                }
                REGISTERED.add(base + "carrier/" + carrierId);
            }
            return carrierId;
        }
    }

    /** A token for a named member of staff (e.g. two marketers, for four eyes). */
    public String staffToken(String subject, String role) {
        return TOKENS.computeIfAbsent(base + "staff/" + subject + "/" + role, key -> {
            Response response = post("/api/v1/dev/tokens", null,
                    "{\"subject\":\"" + subject + "\",\"groups\":[\"" + role + "\"]}");
            if (response.status() != 200) {
                throw new IllegalStateException("no dev token: " + response);
            }
            return response.json().getString("token");
        });
    }

    public static String uniqueId(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 13);
    }

    /** Registers a customer through core banking and returns its id. */
    public String newCustomer(String riskLevel, String creditRating, String... holdings) {
        String id = uniqueId("C");
        StringBuilder list = new StringBuilder();
        for (String holding : holdings) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(holding).append('"');
        }
        Response response = put("/api/v1/customers/" + id, token("core-banking"), """
                {"name": "王小明", "phone": "13812345678", "status": "ACTIVE", "blacklisted": false,
                 "riskLevel": "%s", "creditRating": "%s", "holdings": [%s]}""".formatted(riskLevel, creditRating, list));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create customer: " + response);
        }
        return id;
    }

    public String newCustomer() {
        return newCustomer("LOW", "AA");
    }

    /** Reports a transaction for accrual; answers the response. */
    public Response accrue(String sourceTxnId, String customerId, String activity, String amount, String occurredAt) {
        return post("/api/v1/accruals", token("core-banking"), """
                {"sourceTxnId": "%s", "customerId": "%s", "activity": "%s", "amount": "%s", "currency": "CNY",
                 "occurredAt": "%s"}""".formatted(sourceTxnId, customerId, activity, amount, occurredAt));
    }

    /**
     * Credits points as customer service does: each credit by a member of staff of its own (so the
     * suite never runs into one person's daily limit), and when it is over the per-adjustment limit
     * approved by a second person (risk). Fails unless the points were posted.
     */
    public void credit(String customerId, long points) {
        String staff = uniqueId("it-service");
        Response response = post("/api/v1/customers/" + customerId + "/points/adjustments", staffToken(staff, "service"),
                "{\"points\": %d, \"reason\": \"test credit\"}".formatted(points));
        if (response.status() == 202) {
            response = post("/api/v1/admin/adjustment-requests/" + response.json().getString("requestId") + "/approval",
                    token("risk"), "{\"note\": \"test approval\"}");
        }
        if (response.status() != 201 && response.status() != 200) {
            throw new IllegalStateException("could not credit points: " + response);
        }
    }

    public long balance(String customerId) {
        Response response = get("/api/v1/customers/" + customerId + "/points", token("service"));
        if (response.status() != 200) {
            throw new IllegalStateException("no balance: " + response);
        }
        return response.json().getJsonNumber("balance").longValue();
    }

    /** The ledger invariant: balance = sum of entries = sum of lots' remaining points. */
    public void assertLedgerConsistent(String customerId) {
        Response check = get("/api/v1/admin/points/accounts/" + customerId + "/consistency", token("auditor"));
        if (check.status() != 200 || !check.json().getBoolean("consistent")) {
            throw new AssertionError("ledger of " + customerId + " is inconsistent: " + check);
        }
    }

    public record Response(int status, Map<String, List<String>> headers, String body) {
        public JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        public JsonArray jsonArray() {
            return Json.createReader(new StringReader(body)).readArray();
        }

        public Optional<String> header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .flatMap(e -> e.getValue().stream())
                    .findFirst();
        }

        public String contentType() {
            return header("Content-Type").orElse("");
        }

        public boolean isProblem(int expectedStatus, String code) {
            if (status != expectedStatus || !contentType().startsWith("application/problem+json")) {
                return false;
            }
            JsonObject problem = json();
            return problem.getInt("status") == expectedStatus && problem.getString("code").equals(code);
        }

        /**
         * A 409 refusal whose reasons are all among the given ones: one reason is answered under its own
         * code, several under NOT_ELIGIBLE with the list (api.md), and which of them hold in a race
         * depends on who got there first.
         */
        public boolean isRefusalFor(String... allowedReasons) {
            if (status != 409 || !contentType().startsWith("application/problem+json")) {
                return false;
            }
            List<String> allowed = List.of(allowedReasons);
            JsonObject problem = json();
            if (allowed.contains(problem.getString("code"))) {
                return true;
            }
            return problem.getString("code").equals("NOT_ELIGIBLE")
                    && problem.getJsonArray("reasons").getValuesAs(JsonObject.class).stream()
                            .allMatch(reason -> allowed.contains(reason.getString("code")));
        }

        public JsonValue at(String field) {
            return json().get(field);
        }

        @Override
        public String toString() {
            return status + " " + contentType() + " " + body;
        }
    }
}
