package io.jifen.it.partners;

import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.orderJson;
import static io.jifen.it.support.GiftMall.placeOrder;
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
 * Issue 12, finding 6: the partner claim names a registered ACTIVE partner, exactly, or the call
 * is 403 and nothing is written; LINKED partners see only the customers linked to them.
 */
@ExtendWith(RunningServer.class)
class PartnerIT {
    private static final String PARTNERS = "/api/v1/admin/partners/";

    /** A partner token whose partner claim is the given JSON (absent when null). */
    private static String tokenWithClaim(Api api, String claimJson) {
        return api.mint("{\"subject\": \"it-hostile\", \"groups\": [\"partner\"]"
                + (claimJson == null ? "" : ", \"partner\": " + claimJson) + "}");
    }

    private static void assertRefusedEverywhereAndNothingWritten(Api api, String token) {
        api.partner("acme");
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 100, 5);

        assertProblem(placeOrder(api, token, Api.uniqueId("K"), orderJson(customer, gift, 1, eVoucher())), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/catalog/gifts", token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/catalog/gifts/" + gift, token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/customers/" + customer + "/points", token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/customers/" + customer + "/points/entries", token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/customers/" + customer, token), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/orders", token), 403, "FORBIDDEN");

        var stored = api.get("/api/v1/orders?customerId=" + customer, api.token("service"));
        assertThat(stored.json().getInt("total")).as(stored.toString()).isZero();
        assertThat(api.balance(customer)).isEqualTo(5_000);
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"\"", "123", "[\"acme\", \"beta\"]", "{\"id\": \"acme\"}", "\"no-such-partner-registered\"",
            "\"ac\\\"me\"", "\"Acme\"", "\" acme\"", "true", "null"})
    void a_partner_claim_that_is_not_a_string_naming_a_registered_partner_is_403_for_every_operation_and_writes_nothing(
            String claim, Api api) {
        assertRefusedEverywhereAndNothingWritten(api, tokenWithClaim(api, claim));
    }

    @Test
    void a_partner_token_without_a_partner_claim_is_403_for_every_operation_and_writes_nothing(Api api) {
        assertRefusedEverywhereAndNothingWritten(api, tokenWithClaim(api, null));
    }

    @Test
    void a_suspended_partner_is_403_for_every_operation_and_writes_nothing(Api api) {
        String partner = Api.uniqueId("susp");
        api.registerPartner(partner, "SUSPENDED", "ALL_CUSTOMERS");
        assertRefusedEverywhereAndNothingWritten(api, tokenWithClaim(api, "\"" + partner + "\""));
    }

    @Test
    void a_quoted_partner_name_no_longer_reads_that_partner_s_orders(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 100, 5);
        var placed = placeOrder(api, Api.uniqueId("K"), customer, gift, 1, eVoucher());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        String orderId = placed.json().getString("id");

        String quoted = tokenWithClaim(api, "\"ac\\\"me\"");

        assertProblem(api.get("/api/v1/orders/" + orderId, quoted), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/orders?customerId=" + customer, quoted), 403, "FORBIDDEN");
    }

    @Test
    void suspending_a_partner_refuses_its_calls_at_once_and_reactivating_it_lets_them_in_again(Api api) {
        String partner = api.partner(Api.uniqueId("p"));
        String token = api.token("partner", partner);
        assertThat(api.get("/api/v1/catalog/gifts", token).status()).isEqualTo(200);

        assertThat(api.registerPartner(partner, "SUSPENDED", "ALL_CUSTOMERS").status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/catalog/gifts", token), 403, "FORBIDDEN");

        api.registerPartner(partner, "ACTIVE", "ALL_CUSTOMERS");
        assertThat(api.get("/api/v1/catalog/gifts", token).status()).isEqualTo(200);
    }

    @Test
    void a_linked_partner_sees_only_the_customers_core_banking_linked_to_it_and_others_are_404(Api api) {
        String mall = Api.uniqueId("mall");
        api.registerPartner(mall, "ACTIVE", "LINKED");
        String token = api.mint("{\"subject\": \"it-mall\", \"groups\": [\"partner\"], \"partner\": \"" + mall + "\"}");
        String linked = customerWithPoints(api, 5_000);
        String unlinked = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 100, 5);
        var link = api.put("/api/v1/customers/" + linked + "/partners/" + mall, api.token("core-banking"),
                "{\"consentedAt\": \"" + Instant.now().minusSeconds(600) + "\"}");
        assertThat(link.status()).as(link.toString()).isEqualTo(201);

        assertThat(api.get("/api/v1/customers/" + linked + "/points", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + linked + "/points/entries", token).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/catalog/gifts?customerId=" + linked, token).status()).isEqualTo(200);
        assertThat(placeOrder(api, token, Api.uniqueId("K"), orderJson(linked, gift, 1, eVoucher())).status())
                .isEqualTo(201);

        assertProblem(api.get("/api/v1/customers/" + unlinked + "/points", token), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/customers/" + unlinked + "/points/entries", token), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/customers/" + unlinked, token), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/catalog/gifts?customerId=" + unlinked, token), 404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/orders?customerId=" + unlinked, token), 404, "NOT_FOUND");
        assertProblem(placeOrder(api, token, Api.uniqueId("K"), orderJson(unlinked, gift, 1, eVoucher())), 404, "NOT_FOUND");
        assertThat(api.balance(unlinked)).isEqualTo(5_000);
        assertThat(api.get("/api/v1/orders?customerId=" + unlinked, api.token("service")).json().getInt("total")).isZero();

        assertThat(api.delete("/api/v1/customers/" + linked + "/partners/" + mall, api.token("core-banking")).status())
                .isEqualTo(204);
        assertProblem(api.get("/api/v1/customers/" + linked + "/points", token), 404, "NOT_FOUND");
    }

    @Test
    void linking_again_renews_the_consent_and_an_unknown_customer_or_partner_is_404(Api api) {
        String mall = Api.uniqueId("mall");
        api.registerPartner(mall, "ACTIVE", "LINKED");
        String customer = api.newCustomer();
        String core = api.token("core-banking");
        String path = "/api/v1/customers/" + customer + "/partners/" + mall;
        assertThat(api.put(path, core, "{\"consentedAt\": \"2026-01-01T00:00:00Z\"}").status()).isEqualTo(201);
        var again = api.put(path, core, "{\"consentedAt\": \"2026-02-01T00:00:00Z\"}");
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("consentedAt")).startsWith("2026-02-01T00:00");

        assertProblem(api.put("/api/v1/customers/C-no-such-customer/partners/" + mall, core,
                "{\"consentedAt\": \"2026-01-01T00:00:00Z\"}"), 404, "NOT_FOUND");
        assertProblem(api.put("/api/v1/customers/" + customer + "/partners/no-such-partner", core,
                "{\"consentedAt\": \"2026-01-01T00:00:00Z\"}"), 404, "NOT_FOUND");
        assertProblem(api.put(path, core, "{}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(path, api.token("admin"), "{\"consentedAt\": \"2026-01-01T00:00:00Z\"}"), 403, "FORBIDDEN");
        assertProblem(api.put(path, api.token("partner"), "{\"consentedAt\": \"2026-01-01T00:00:00Z\"}"), 403, "FORBIDDEN");
        assertProblem(api.delete(path, api.token("service")), 403, "FORBIDDEN");
    }

    @Test
    void an_administrator_registers_and_replaces_a_partner_and_an_auditor_may_read_it(Api api) {
        String partner = Api.uniqueId("reg");
        var created = api.put(PARTNERS + partner, api.token("admin"), """
                {"name": "招商商城 Mall", "status": "ACTIVE", "customerScope": "LINKED", "rateLimitPerSecond": 50,
                 "burst": 80}""");
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        assertThat(created.json().getString("id")).isEqualTo(partner);
        assertThat(created.json().getString("customerScope")).isEqualTo("LINKED");
        assertThat(created.json().getInt("rateLimitPerSecond")).isEqualTo(50);
        assertThat(created.json().getInt("burst")).isEqualTo(80);

        var replaced = api.put(PARTNERS + partner, api.token("admin"),
                "{\"name\": \"Mall\", \"status\": \"SUSPENDED\", \"customerScope\": \"ALL_CUSTOMERS\"}");
        assertThat(replaced.status()).isEqualTo(200);
        assertThat(replaced.json().getString("status")).isEqualTo("SUSPENDED");
        assertThat(replaced.json().getInt("rateLimitPerSecond")).isEqualTo(100);
        assertThat(replaced.json().getInt("burst")).isEqualTo(200);

        var read = api.get(PARTNERS + partner, api.token("auditor"));
        assertThat(read.status()).isEqualTo(200);
        assertThat(read.json().getString("name")).isEqualTo("Mall");
        var list = api.get("/api/v1/admin/partners?size=200", api.token("auditor"));
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.json().getInt("total")).isPositive();
        assertProblem(api.get(PARTNERS + "no-such-partner", api.token("admin")), 404, "NOT_FOUND");
    }

    @Test
    void only_administrators_change_partners_and_only_administrators_and_auditors_read_them(Api api) {
        String partner = Api.uniqueId("role");
        String body = "{\"name\": \"X\", \"status\": \"ACTIVE\", \"customerScope\": \"ALL_CUSTOMERS\"}";
        for (String role : new String[] {"auditor", "service", "procurement", "marketing", "fulfilment", "core-banking",
                "carrier", "partner"}) {
            assertProblem(api.put(PARTNERS + partner, api.token(role), body), 403, "FORBIDDEN");
        }
        assertProblem(api.put(PARTNERS + partner, null, body), 401, "UNAUTHENTICATED");
        assertProblem(api.get(PARTNERS + partner, api.token("admin")), 404, "NOT_FOUND");
        for (String role : new String[] {"service", "partner", "core-banking", "fulfilment"}) {
            assertProblem(api.get("/api/v1/admin/partners", api.token(role)), 403, "FORBIDDEN");
        }
    }

    @Test
    void a_registration_with_a_bad_id_or_terms_is_400_and_registers_nothing(Api api) {
        String admin = api.token("admin");
        assertProblem(api.put(PARTNERS + "acme.store", admin,
                "{\"name\": \"X\", \"status\": \"ACTIVE\", \"customerScope\": \"ALL_CUSTOMERS\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(PARTNERS + "x".repeat(65), admin,
                "{\"name\": \"X\", \"status\": \"ACTIVE\", \"customerScope\": \"ALL_CUSTOMERS\"}"), 400, "VALIDATION_FAILED");
        String partner = Api.uniqueId("bad");
        assertProblem(api.put(PARTNERS + partner, admin,
                "{\"name\": \"X\", \"status\": \"PAUSED\", \"customerScope\": \"ALL_CUSTOMERS\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(PARTNERS + partner, admin,
                "{\"name\": \"X\", \"status\": \"ACTIVE\", \"customerScope\": \"SOME\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(PARTNERS + partner, admin,
                "{\"name\": \" \", \"status\": \"ACTIVE\", \"customerScope\": \"LINKED\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(PARTNERS + partner, admin, "{\"name\": \"X\", \"status\": \"ACTIVE\", "
                + "\"customerScope\": \"LINKED\", \"rateLimitPerSecond\": 100, \"burst\": 10}"), 400, "VALIDATION_FAILED");
        assertProblem(api.put(PARTNERS + partner, admin, "{\"name\": \"X\", \"status\": \"ACTIVE\", "
                + "\"customerScope\": \"LINKED\", \"rateLimitPerSecond\": 0}"), 400, "VALIDATION_FAILED");
        assertProblem(api.get(PARTNERS + partner, admin), 404, "NOT_FOUND");
    }
}
