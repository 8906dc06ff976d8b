package io.jifen.it.campaigns;

import io.jifen.it.support.Api;
import jakarta.json.JsonObject;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * Campaigns and triggers over the API. Every campaign here is aimed at a segment of its own, so
 * it never touches the accruals of other tests sharing the server.
 */
final class Marketing {
    static final String CAMPAIGNS = "/api/v1/admin/campaigns";

    final Api api;
    final String alice;
    final String bob;

    Marketing(Api api) {
        this.api = api;
        this.alice = api.staffToken("it-alice", "marketing");
        this.bob = api.staffToken("it-bob", "marketing");
    }

    static String uniqueSegment() {
        return "IT_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(Locale.ROOT);
    }

    /** A customer in the given segments, as core banking registers them. */
    String customerIn(String... segments) {
        String id = Api.uniqueId("C");
        StringBuilder list = new StringBuilder();
        for (String segment : segments) {
            list.append(list.isEmpty() ? "" : ",").append('"').append(segment).append('"');
        }
        var response = api.put("/api/v1/customers/" + id, api.token("core-banking"), """
                {"name": "李华", "phone": "13812345678", "status": "ACTIVE", "riskLevel": "LOW", "creditRating": "AA",
                 "holdings": [], "segments": [%s]}""".formatted(list));
        if (response.status() != 201) {
            throw new IllegalStateException("could not create customer: " + response);
        }
        return id;
    }

    /** A draft by alice: double points on deposits for the segment, in the window, with the budget and hold-out. */
    JsonObject draftDoublePoints(String segment, Instant start, Instant end, long budget, int holdout) {
        return draft("""
                {"name": "%s", "kind": "MULTIPLIER", "multiplier": "2", "activities": ["DEPOSIT"],
                 "segments": ["%s"], "startsAt": "%s", "endsAt": "%s", "budget": %d, "holdoutPercent": %d}"""
                .formatted("Double " + segment, segment, start, end, budget, holdout));
    }

    JsonObject draft(String json) {
        var response = api.post(CAMPAIGNS, alice, json);
        if (response.status() != 201) {
            throw new IllegalStateException("could not draft: " + response);
        }
        return response.json();
    }

    /** Drafted by alice, submitted, approved by bob. */
    String approvedDoublePoints(String segment, Instant start, Instant end, long budget, int holdout) {
        String id = draftDoublePoints(segment, start, end, budget, holdout).getString("id");
        approve(id);
        return id;
    }

    void approve(String id) {
        expect(api.post(CAMPAIGNS + "/" + id + "/submit", alice, "{}"), 200);
        expect(api.post(CAMPAIGNS + "/" + id + "/approve", bob, "{\"note\": \"looks right\"}"), 200);
    }

    JsonObject campaign(String id) {
        return expect(api.get(CAMPAIGNS + "/" + id, bob), 200).json();
    }

    JsonObject results(String id) {
        return expect(api.get(CAMPAIGNS + "/" + id + "/results", bob), 200).json();
    }

    /** Points of the campaign lines in an accrual's breakdown. */
    static long campaignPoints(JsonObject accrual) {
        return accrual.getJsonArray("breakdown").stream().map(v -> v.asJsonObject())
                .filter(line -> line.containsKey("campaign")).mapToLong(line -> line.getJsonNumber("points").longValue()).sum();
    }

    static Api.Response expect(Api.Response response, int status) {
        if (response.status() != status) {
            throw new AssertionError("expected " + status + " but got " + response);
        }
        return response;
    }
}
