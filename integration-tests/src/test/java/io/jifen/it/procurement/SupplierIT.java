package io.jifen.it.procurement;

import static io.jifen.it.procurement.Procurement.*;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Suppliers, their grade and why, the quote comparison and the exports. */
@ExtendWith(RunningServer.class)
class SupplierIT {

    @Test
    void a_supplier_keeps_its_contacts_and_quotes_and_shows_its_grade_with_why(Api api) {
        String gift = gift(api);
        String supplier = supplier(api, "杭州礼品有限公司");
        quote(api, supplier, gift, 1, "88.00");

        var found = api.get(SUPPLIERS + "/" + supplier, buyer1(api));

        assertThat(found.status()).as(found.toString()).isEqualTo(200);
        JsonObject json = found.json();
        assertThat(json.getString("name")).isEqualTo("杭州礼品有限公司");
        assertThat(json.getJsonArray("contacts").getJsonObject(0).getString("name")).isEqualTo("李经理");
        assertThat(json.getJsonArray("quotes").getJsonObject(0).getString("unitPrice")).isEqualTo("88.00");
        assertThat(json.getJsonObject("grade").getString("grade")).isEqualTo("B");
        assertThat(json.getJsonObject("grade").getJsonArray("why")).hasSize(4);
        var list = api.get(SUPPLIERS + "?size=200", buyer1(api));
        assertThat(list.json().getInt("total")).isPositive();
    }

    @Test
    void the_quote_comparison_shows_every_supplier_and_the_cheapest_for_the_quantity(Api api) {
        String gift = gift(api);
        String cheapSmall = supplier(api, "小批量供应商");
        String cheapBulk = supplier(api, "大批量供应商");
        quote(api, cheapSmall, gift, 1, "95.00");
        quote(api, cheapBulk, gift, 1, "100.00");
        quote(api, cheapBulk, gift, 100, "80.00");

        JsonObject few = api.get(SUPPLIERS + "/quote-comparison?giftId=" + gift + "&quantity=10", buyer1(api)).json();
        JsonObject many = api.get(SUPPLIERS + "/quote-comparison?giftId=" + gift + "&quantity=100", buyer1(api)).json();

        assertThat(few.getString("cheapestSupplierId")).isEqualTo(cheapSmall);
        assertThat(few.getJsonArray("offers")).hasSize(2);
        assertThat(few.getJsonArray("offers").getJsonObject(0).getString("total")).isEqualTo("950.00");
        assertThat(many.getString("cheapestSupplierId")).isEqualTo(cheapBulk);
        assertThat(many.getJsonArray("offers").getJsonObject(0).getString("unitPrice")).isEqualTo("80.00");
        assertThat(many.getJsonArray("offers").getJsonObject(0).getString("supplierName")).isEqualTo("大批量供应商");
    }

    @Test
    void a_quote_must_name_a_known_gift_and_sensible_values(Api api) {
        String supplier = supplier(api, "测试供应商");
        assertProblem(api.post(SUPPLIERS + "/" + supplier + "/quotes", buyer1(api), """
                {"giftId": "G-nope", "minQuantity": 1, "unitPrice": "1.00", "validFrom": "2026-01-01", "validTo": "2026-12-31"}"""),
                404, "NOT_FOUND");
        String gift = gift(api);
        assertProblem(api.post(SUPPLIERS + "/" + supplier + "/quotes", buyer1(api), """
                {"giftId": "%s", "minQuantity": 1, "unitPrice": "-1.00", "validFrom": "2026-01-01", "validTo": "2026-12-31"}"""
                .formatted(gift)), 400, "VALIDATION_FAILED");
        assertProblem(api.post(SUPPLIERS + "/" + supplier + "/quotes", buyer1(api), """
                {"giftId": "%s", "minQuantity": 1, "unitPrice": "1.00", "validFrom": "2026-12-31", "validTo": "2026-01-01"}"""
                .formatted(gift)), 400, "VALIDATION_FAILED");
        assertProblem(api.post(SUPPLIERS, buyer1(api), "{\"name\": \"\"}"), 400, "VALIDATION_FAILED");
        assertProblem(api.get(SUPPLIERS + "/S-nope", buyer1(api)), 404, "NOT_FOUND");
    }

    @Test
    void purchase_orders_and_budgets_export_to_csv_and_excel(Api api) {
        String period = budget(api, "10000.00");
        String[] sg = supplierAndGift(api, "12.50");
        String id = submitted(api, sg[0], period, sg[1], 4);

        var csv = GiftMall.getBytes(api, ORDERS + "/export?format=csv&period=" + period, buyer1(api));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String text = new String(csv.body(), StandardCharsets.UTF_8);
        assertThat(text).contains("orderId,supplierId,budgetPeriod,status,lineNo").contains(id)
                .contains(",SUBMITTED,1," + sg[1] + ",CENTRAL,4,12.50,50.00,");

        var xlsx = GiftMall.getBytes(api, ORDERS + "/export?format=xlsx&period=" + period, buyer1(api));
        assertThat(xlsx.status()).isEqualTo(200);
        assertThat(xlsx.contentType()).startsWith("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(xlsx.body()).startsWith(new byte[] {'P', 'K'});

        var budgets = GiftMall.getBytes(api, BUDGETS + "/export", buyer1(api));
        assertThat(new String(budgets.body(), StandardCharsets.UTF_8)).contains(period + ",CNY,10000.00,15.00,1500.00,8500.00");
        assertThat(GiftMall.getBytes(api, BUDGETS + "/export?format=xlsx", buyer1(api)).body())
                .startsWith(new byte[] {'P', 'K'});
        assertProblem(api.get(BUDGETS + "/export?format=pdf", buyer1(api)), 400, "VALIDATION_FAILED");
    }
}
