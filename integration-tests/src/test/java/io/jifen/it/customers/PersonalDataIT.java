package io.jifen.it.customers;

import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Personal data by role (issue 12, finding 5), as README's table says: whole for customer service
 * (and every such view audited), masked for the other staff roles; courier addresses whole only to
 * fulfilment and the ordering partner; masked roles cannot look a customer up by phone or name.
 */
@ExtendWith(RunningServer.class)
class PersonalDataIT {
    private static final String AUDITED = "viewed personal data";

    @ParameterizedTest
    @ValueSource(strings = {"procurement", "marketing", "fulfilment", "auditor", "admin", "partner"})
    void a_masked_role_reads_the_customer_s_name_and_phone_masked(String role, Api api) {
        String id = api.newCustomer();

        var seen = api.get("/api/v1/customers/" + id, api.token(role));

        assertThat(seen.status()).as(seen.toString()).isEqualTo(200);
        assertThat(seen.json().getString("name")).isEqualTo("王*");
        assertThat(seen.json().getString("phone")).isEqualTo("138****5678");
        assertThat(seen.toString()).doesNotContain("13812345678").doesNotContain("王小明");
    }

    @Test
    void a_masked_role_s_view_writes_no_audit_record(Api api) {
        String id = api.newCustomer();

        api.get("/api/v1/customers/" + id, api.token("auditor"));

        assertThat(audited(api, id)).isEmpty();
    }

    @Test
    void customer_service_reads_name_and_phone_whole_and_the_view_is_audited(Api api) {
        String id = api.newCustomer();
        String staff = Api.uniqueId("rm").toLowerCase();

        var seen = api.get("/api/v1/customers/" + id, api.staffToken(staff, "service"));

        assertThat(seen.json().getString("name")).isEqualTo("王小明");
        assertThat(seen.json().getString("phone")).isEqualTo("13812345678");
        var records = audited(api, id);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().getString("actor")).isEqualTo(staff);
        assertThat(records.getFirst().getString("subject")).isEqualTo("customer:" + id);
        assertThat(records.getFirst().getString("details")).contains("customer name", "customer phone", id);
        assertThat(records.getFirst().getString("occurredAt")).isNotBlank();
    }

    @Test
    void order_lists_give_auditor_and_service_masked_courier_addresses_and_fulfilment_whole_ones(Api api) {
        String customer = courierOrderFor(api);

        for (String role : List.of("auditor", "service", "admin")) {
            var address = firstAddress(api.get("/api/v1/orders?customerId=" + customer, api.token(role)));
            assertThat(address.getString("recipient")).as(role).isEqualTo("王*");
            assertThat(address.getString("phone")).as(role).isEqualTo("138****5678");
            assertThat(address.getString("line1")).as(role).isEqualTo("朝阳****");
        }
        for (String role : List.of("fulfilment", "partner")) {
            var address = firstAddress(api.get("/api/v1/orders?customerId=" + customer, api.token(role)));
            assertThat(address.getString("recipient")).as(role).isEqualTo("王小明");
            assertThat(address.getString("phone")).as(role).isEqualTo("13812345678");
            assertThat(address.getString("line1")).as(role).isEqualTo("朝阳区建国路 88 号 1 栋 101");
        }
    }

    @Test
    void a_page_of_orders_seen_whole_by_fulfilment_is_one_audit_record_naming_the_customer(Api api) {
        String customer = courierOrderFor(api);
        String staff = Api.uniqueId("ff").toLowerCase();

        api.get("/api/v1/orders?customerId=" + customer, api.staffToken(staff, "fulfilment"));

        var records = audited(api, customer);
        assertThat(records).hasSize(1);
        assertThat(records.getFirst().getString("actor")).isEqualTo(staff);
        assertThat(records.getFirst().getString("details")).contains("courier address line", customer);
    }

    @Test
    void the_staff_order_view_masks_the_courier_address_for_service(Api api) {
        String customer = courierOrderFor(api);
        String id = api.get("/api/v1/orders?customerId=" + customer, api.token("partner")).json()
                .getJsonArray("items").getJsonObject(0).getString("id");

        var seen = api.get("/api/v1/admin/orders/" + id, api.token("service"));

        assertThat(seen.json().getJsonObject("fulfilment").getJsonObject("address").getString("recipient"))
                .isEqualTo("王*");
        assertThat(seen.toString()).doesNotContain("13812345678");
    }

    @ParameterizedTest
    @ValueSource(strings = {"13812345678", "王小明"})
    void a_masked_role_may_not_search_customers_by_full_phone_or_name(String query, Api api) {
        api.newCustomer();

        assertProblem(api.get("/api/v1/customers?q=" + encode(query), api.token("auditor")), 403, "FORBIDDEN");
        assertProblem(api.get("/api/v1/customers?q=" + encode(query), api.token("admin")), 403, "FORBIDDEN");
    }

    @Test
    void a_masked_role_finds_a_customer_by_id_and_sees_them_masked(Api api) {
        String id = api.newCustomer();

        var found = api.get("/api/v1/customers?q=" + id, api.token("auditor"));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getInt("total")).isEqualTo(1);
        assertThat(found.json().getJsonArray("items").getJsonObject(0).getString("phone")).isEqualTo("138****5678");
    }

    @Test
    void customer_service_searches_by_phone_and_a_page_seen_whole_is_one_audit_record(Api api) {
        String phone = "139" + String.format("%08d", (long) (Math.random() * 100_000_000L));
        String first = customerWithPhone(api, phone);
        String second = customerWithPhone(api, phone);
        String staff = Api.uniqueId("rm").toLowerCase();

        var found = api.get("/api/v1/customers?q=" + phone, api.staffToken(staff, "service"));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        assertThat(found.json().getInt("total")).isEqualTo(2);
        assertThat(found.toString()).contains(first, second, phone);
        var records = api.get("/api/v1/admin/audit?q=" + staff + "&size=50", api.token("auditor")).json()
                .getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("action").equals(AUDITED)).toList();
        assertThat(records).as("one record for the page, not one per customer").hasSize(1);
        assertThat(records.getFirst().getString("subject")).isEqualTo("customers");
        assertThat(records.getFirst().getString("details")).contains(first, second);
    }

    private static String customerWithPhone(Api api, String phone) {
        String id = Api.uniqueId("C");
        var created = api.put("/api/v1/customers/" + id, api.token("core-banking"), """
                {"name": "李雷", "phone": "%s", "status": "ACTIVE", "blacklisted": false,
                 "riskLevel": "LOW", "creditRating": "AA", "holdings": []}""".formatted(phone));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        return id;
    }

    private static String courierOrderFor(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 300);
        addStock(api, gift, "CENTRAL", 1);
        order(api, customer, gift, 1, courierTo(address()));
        return customer;
    }

    private static JsonObject firstAddress(Api.Response list) {
        assertThat(list.status()).as(list.toString()).isEqualTo(200);
        return list.json().getJsonArray("items").getJsonObject(0).getJsonObject("fulfilment").getJsonObject("address");
    }

    private static List<JsonObject> audited(Api api, String customerId) {
        var page = api.get("/api/v1/admin/audit?q=" + customerId + "&size=50", api.token("auditor"));
        assertThat(page.status()).as(page.toString()).isEqualTo(200);
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(r -> r.getString("action").equals(AUDITED)).toList();
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
    }
}
