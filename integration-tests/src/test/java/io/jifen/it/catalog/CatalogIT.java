package io.jifen.it.catalog;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.adjustStock;
import static io.jifen.it.support.GiftMall.adminGift;
import static io.jifen.it.support.GiftMall.createGift;
import static io.jifen.it.support.GiftMall.credit;
import static io.jifen.it.support.GiftMall.getIn;
import static io.jifen.it.support.GiftMall.giftJson;
import static io.jifen.it.support.GiftMall.newGift;
import static io.jifen.it.support.GiftMall.stockAt;
import static io.jifen.it.support.GiftMall.totalStock;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The catalog storefronts browse, and procurement's gifts and stock behind it (api.md "Catalog", "Back office"). */
@ExtendWith(RunningServer.class)
class CatalogIT {
    private static final String GIFTS = "/api/v1/admin/gifts";

    @Test
    void procurement_creates_a_gift_and_the_catalog_shows_it_in_chinese_or_english(Api api) {
        String sku = Api.uniqueId("SPK");
        var created = api.post(GIFTS, api.token("procurement"), """
                {"sku": "%s", "name": "小度智能音箱", "nameEn": "Xiaodu smart speaker", "category": "ELECTRONICS",
                 "type": "PHYSICAL", "pointsPrice": 12000, "minStarLevel": 3,
                 "channels": ["COURIER", "BRANCH_PICKUP"], "unitCost": "199.00", "lowStockThreshold": 2}"""
                .formatted(sku));
        assertThat(created.status()).as(created.toString()).isEqualTo(201);
        var gift = created.json();
        String id = gift.getString("id");
        assertThat(id).isNotBlank();
        assertThat(gift.getString("sku")).isEqualTo(sku);
        assertThat(gift.getString("name")).isEqualTo("小度智能音箱");
        assertThat(gift.getString("nameEn")).isEqualTo("Xiaodu smart speaker");
        assertThat(gift.getString("category")).isEqualTo("ELECTRONICS");
        assertThat(gift.getString("type")).isEqualTo("PHYSICAL");
        assertThat(gift.getInt("pointsPrice")).isEqualTo(12000);
        assertThat(gift.getInt("minStarLevel")).isEqualTo(3);
        assertThat(strings(gift, "channels")).containsExactlyInAnyOrder("BRANCH_PICKUP", "COURIER");
        assertThat(gift.getString("unitCost")).isEqualTo("199.00");
        assertThat(gift.getInt("lowStockThreshold")).isEqualTo(2);
        assertThat(gift.getString("status")).isEqualTo("ACTIVE");
        assertThat(gift.getInt("totalStock")).isZero();

        var chinese = api.get("/api/v1/catalog/gifts/" + id, api.token("partner"));
        assertThat(chinese.status()).as(chinese.toString()).isEqualTo(200);
        assertThat(chinese.json().getString("name")).isEqualTo("小度智能音箱");
        assertThat(chinese.json().getString("sku")).isEqualTo(sku);
        assertThat(chinese.json().getInt("pointsPrice")).isEqualTo(12000);
        assertThat(chinese.json().getInt("minStarLevel")).isEqualTo(3);
        assertThat(chinese.json().getBoolean("inStock")).isFalse();
        assertThat(chinese.json().containsKey("unitCost")).as("storefronts do not see costs").isFalse();

        var english = getIn(api, "en-US,en;q=0.9", "/api/v1/catalog/gifts/" + id, api.token("partner"));
        assertThat(english.status()).isEqualTo(200);
        assertThat(english.json().getString("name")).isEqualTo("Xiaodu smart speaker");

        addStock(api, id, "CENTRAL", 3);
        assertThat(api.get("/api/v1/catalog/gifts/" + id, api.token("partner")).json().getBoolean("inStock")).isTrue();
    }

    @Test
    void a_gift_without_an_english_name_shows_the_chinese_one_in_english(Api api) {
        String id = createGift(api, """
                {"sku": "%s", "name": "五常大米", "category": "REGIONAL_SPECIALITIES", "type": "PHYSICAL",
                 "pointsPrice": 800, "channels": ["COURIER"], "unitCost": "45.50"}"""
                .formatted(Api.uniqueId("RICE"))).getString("id");
        var english = getIn(api, "en", "/api/v1/catalog/gifts/" + id, api.token("partner"));
        assertThat(english.json().getString("name")).isEqualTo("五常大米");
        assertThat(adminGift(api, id).getInt("minStarLevel")).isZero();
    }

    @Test
    void a_gift_without_a_name_is_refused_and_not_created(Api api) {
        String sku = Api.uniqueId("BAD");
        var refused = api.post(GIFTS, api.token("procurement"), """
                {"sku": "%s", "category": "ELECTRONICS", "type": "PHYSICAL", "pointsPrice": 100,
                 "channels": ["COURIER"], "unitCost": "199.00"}""".formatted(sku));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(violationFields(refused)).contains("name");
        assertNoGiftWithSku(api, sku);
    }

    @Test
    void a_negative_or_zero_price_is_refused(Api api) {
        for (long price : new long[] {-5, 0}) {
            String sku = Api.uniqueId("BAD");
            var refused = api.post(GIFTS, api.token("procurement"),
                    giftJson(sku, "坏价格", "ELECTRONICS", "PHYSICAL", price, 0, "[\"COURIER\"]", "[]", 0));
            assertProblem(refused, 400, "VALIDATION_FAILED");
            assertThat(violationFields(refused)).contains("pointsPrice");
            assertNoGiftWithSku(api, sku);
        }
    }

    @Test
    void an_unknown_category_is_refused(Api api) {
        String sku = Api.uniqueId("BAD");
        var refused = api.post(GIFTS, api.token("procurement"),
                giftJson(sku, "玩具", "TOYS", "PHYSICAL", 100, 0, "[\"COURIER\"]", "[]", 0));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertNoGiftWithSku(api, sku);
    }

    @Test
    void an_unknown_category_is_named_in_the_violations(Api api) {
        var refused = api.post(GIFTS, api.token("procurement"),
                giftJson(Api.uniqueId("BAD"), "玩具", "TOYS", "PHYSICAL", 100, 0, "[\"COURIER\"]", "[]", 0));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(violationFields(refused)).contains("category");
    }

    @Test
    void an_e_voucher_gift_is_delivered_as_an_e_voucher_only(Api api) {
        String sku = Api.uniqueId("BAD");
        var courier = api.post(GIFTS, api.token("procurement"),
                giftJson(sku, "京东卡", "SHOPPING_VOUCHER", "E_VOUCHER", 100, 0, "[\"COURIER\"]", "[]", 0));
        assertProblem(courier, 400, "VALIDATION_FAILED");
        assertThat(violationFields(courier)).contains("channels");
        var mixed = api.post(GIFTS, api.token("procurement"),
                giftJson(sku, "京东卡", "SHOPPING_VOUCHER", "E_VOUCHER", 100, 0, "[\"E_VOUCHER\", \"COURIER\"]", "[]", 0));
        assertProblem(mixed, 400, "VALIDATION_FAILED");
        var physical = api.post(GIFTS, api.token("procurement"),
                giftJson(sku, "京东卡", "ELECTRONICS", "PHYSICAL", 100, 0, "[\"E_VOUCHER\"]", "[]", 0));
        assertProblem(physical, 400, "VALIDATION_FAILED");
        assertThat(violationFields(physical)).contains("channels");
        assertNoGiftWithSku(api, sku);
    }

    @Test
    void a_unit_cost_that_is_not_an_amount_is_refused(Api api) {
        String sku = Api.uniqueId("BAD");
        var refused = api.post(GIFTS, api.token("procurement"), """
                {"sku": "%s", "name": "坏成本", "category": "ELECTRONICS", "type": "PHYSICAL", "pointsPrice": 100,
                 "channels": ["COURIER"], "unitCost": "abc"}""".formatted(sku));
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(violationFields(refused)).contains("unitCost");
        assertNoGiftWithSku(api, sku);
    }

    @Test
    void a_duplicate_sku_is_refused(Api api) {
        String sku = Api.uniqueId("DUP");
        String first = newGift(api, sku, "原版", "ELECTRONICS", "PHYSICAL", 100, 0, "[\"COURIER\"]", "[]", 0);
        var again = api.post(GIFTS, api.token("procurement"),
                giftJson(sku, "副本", "HOUSEHOLD", "PHYSICAL", 300, 0, "[\"COURIER\"]", "[]", 0));
        assertProblem(again, 400, "VALIDATION_FAILED");
        assertThat(violationFields(again)).contains("sku");
        var found = browse(api, api.token("procurement"), "q=" + sku);
        assertThat(found.getInt("total")).isEqualTo(1);
        assertThat(adminGift(api, first).getString("name")).isEqualTo("原版");
    }

    @Test
    void a_partner_cannot_create_gifts_or_adjust_stock(Api api) {
        String sku = Api.uniqueId("NOPE");
        assertProblem(api.post(GIFTS, api.token("partner"),
                giftJson(sku, "越权", "ELECTRONICS", "PHYSICAL", 100, 0, "[\"COURIER\"]", "[]", 0)), 403, "FORBIDDEN");
        assertNoGiftWithSku(api, sku);

        String id = newGift(api, "PHYSICAL", 100, "[\"COURIER\"]");
        addStock(api, id, "CENTRAL", 4);
        assertProblem(api.post(GIFTS + "/" + id + "/stock-adjustments", api.token("partner"),
                "{\"location\": \"CENTRAL\", \"quantity\": -4, \"reason\": \"theft\"}"), 403, "FORBIDDEN");
        assertProblem(api.get(GIFTS + "/" + id, api.token("partner")), 403, "FORBIDDEN");
        assertThat(stockAt(api, id, "CENTRAL")).isEqualTo(4);
    }

    @Test
    void stock_adjustments_add_and_subtract_but_never_go_below_zero(Api api) {
        String id = newGift(api, "PHYSICAL", 100, "[\"COURIER\", \"BRANCH_PICKUP\"]");

        var added = adjustStock(api, id, "CENTRAL", 25);
        assertThat(added.status()).as(added.toString()).isEqualTo(201);
        assertThat(added.json().getString("location")).isEqualTo("CENTRAL");
        assertThat(added.json().getInt("quantity")).isEqualTo(25);
        assertThat(added.json().getInt("quantityAfter")).isEqualTo(25);

        var taken = adjustStock(api, id, "CENTRAL", -10);
        assertThat(taken.status()).as(taken.toString()).isEqualTo(201);
        assertThat(taken.json().getInt("quantityAfter")).isEqualTo(15);

        assertProblem(adjustStock(api, id, "CENTRAL", -16), 409, "OUT_OF_STOCK");
        assertThat(stockAt(api, id, "CENTRAL")).isEqualTo(15);

        // a location that never had the gift has nothing to take
        assertProblem(adjustStock(api, id, "SH-PUDONG", -1), 409, "OUT_OF_STOCK");
        assertThat(stockAt(api, id, "SH-PUDONG")).isZero();

        var emptied = adjustStock(api, id, "CENTRAL", -15);
        assertThat(emptied.status()).as(emptied.toString()).isEqualTo(201);
        assertThat(emptied.json().getInt("quantityAfter")).isZero();
        assertProblem(adjustStock(api, id, "CENTRAL", -1), 409, "OUT_OF_STOCK");
        assertThat(stockAt(api, id, "CENTRAL")).isZero();
    }

    @Test
    void stock_adjustments_name_a_known_location_a_change_and_a_reason(Api api) {
        String id = newGift(api, "PHYSICAL", 100, "[\"COURIER\"]");
        addStock(api, id, "CENTRAL", 5);

        var nowhere = adjustStock(api, id, "MARS-BASE", 5);
        assertProblem(nowhere, 400, "VALIDATION_FAILED");
        assertThat(violationFields(nowhere)).contains("location");
        assertProblem(adjustStock(api, id, "CENTRAL", 0), 400, "VALIDATION_FAILED");
        assertProblem(api.post(GIFTS + "/" + id + "/stock-adjustments", api.token("procurement"),
                "{\"location\": \"CENTRAL\", \"quantity\": 5}"), 400, "VALIDATION_FAILED");
        assertProblem(api.post(GIFTS + "/" + id + "/stock-adjustments", api.token("procurement"),
                "{\"location\": \"CENTRAL\", \"quantity\": 2.5, \"reason\": \"x\"}"), 400, "VALIDATION_FAILED");
        assertProblem(adjustStock(api, "G-nosuchgift", "CENTRAL", 5), 404, "NOT_FOUND");

        var gift = adminGift(api, id);
        assertThat(gift.getInt("totalStock")).isEqualTo(5);
        assertThat(gift.getJsonObject("stockByLocation").keySet()).containsExactly("CENTRAL");
    }

    @Test
    void the_back_office_shows_stock_per_location(Api api) {
        String id = newGift(api, "PHYSICAL", 100, "[\"COURIER\", \"BRANCH_PICKUP\"]");
        addStock(api, id, "CENTRAL", 20);
        addStock(api, id, "BJ-CHAOYANG", 3);
        addStock(api, id, "SH-PUDONG", 7);
        addStock(api, id, "SH-PUDONG", -2);

        var gift = api.get(GIFTS + "/" + id, api.token("procurement"));
        assertThat(gift.status()).as(gift.toString()).isEqualTo(200);
        var byLocation = gift.json().getJsonObject("stockByLocation");
        assertThat(byLocation.getInt("CENTRAL")).isEqualTo(20);
        assertThat(byLocation.getInt("BJ-CHAOYANG")).isEqualTo(3);
        assertThat(byLocation.getInt("SH-PUDONG")).isEqualTo(5);
        assertThat(gift.json().getInt("totalStock")).isEqualTo(28);
        assertProblem(api.get(GIFTS + "/G-nosuchgift", api.token("procurement")), 404, "NOT_FOUND");
    }

    @Test
    void the_branches_for_pickup_are_listed(Api api) {
        var branches = api.get("/api/v1/catalog/branches", api.token("partner"));
        assertThat(branches.status()).isEqualTo(200);
        var codes = branches.jsonArray().getValuesAs(JsonObject.class).stream().map(b -> b.getString("code")).toList();
        assertThat(codes).contains("BJ-CHAOYANG", "SH-PUDONG").doesNotContain("CENTRAL");
    }

    @Test
    void browsing_filters_by_category_points_range_and_text(Api api) {
        String tag = Api.uniqueId("FLT");
        String cheap = newGift(api, tag + "-A", "蓝牙耳机", "ELECTRONICS", "PHYSICAL", 100, 0, "[\"COURIER\"]", "[]", 0);
        String mid = newGift(api, tag + "-B", "不粘锅", "HOUSEHOLD", "PHYSICAL", 500, 0, "[\"COURIER\"]", "[]", 0);
        String dear = newGift(api, tag + "-C", "平板电脑", "ELECTRONICS", "PHYSICAL", 900, 0, "[\"COURIER\"]", "[]", 0);
        String trip = newGift(api, tag + "-D", "三亚双人游", "TRAVEL", "EXPERIENCE", 2000, 0, "[\"COURIER\"]", "[]", 0);
        String partner = api.token("partner");

        var all = browse(api, partner, "q=" + tag);
        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(ids(all)).containsExactly(cheap, mid, dear, trip);
        var first = all.getJsonArray("items").getJsonObject(0);
        assertThat(first.getString("sku")).isEqualTo(tag + "-A");
        assertThat(first.getString("name")).isEqualTo("蓝牙耳机");
        assertThat(first.getString("category")).isEqualTo("ELECTRONICS");
        assertThat(first.getString("type")).isEqualTo("PHYSICAL");
        assertThat(first.getInt("pointsPrice")).isEqualTo(100);
        assertThat(strings(first, "channels")).containsExactly("COURIER");
        assertThat(first.getBoolean("inStock")).isFalse();
        assertThat(first.containsKey("redeemable")).as("no customer named").isFalse();

        assertThat(ids(browse(api, partner, "q=" + tag + "&category=ELECTRONICS"))).containsExactly(cheap, dear);
        assertThat(ids(browse(api, partner, "q=" + tag + "&minPoints=400&maxPoints=1000"))).containsExactly(mid, dear);
        assertThat(ids(browse(api, partner, "q=" + tag + "&minPoints=500"))).containsExactly(mid, dear, trip);
        assertThat(ids(browse(api, partner, "q=" + tag + "&maxPoints=100"))).containsExactly(cheap);
        assertThat(ids(browse(api, partner, "q=" + tag + "&category=TRAVEL&maxPoints=1000"))).isEmpty();
        // the text matches SKUs whatever their case
        assertThat(ids(browse(api, partner, "q=" + tag.toLowerCase() + "-b"))).containsExactly(mid);

        var secondPage = browse(api, partner, "q=" + tag + "&page=1&size=2");
        assertThat(secondPage.getInt("page")).isEqualTo(1);
        assertThat(secondPage.getInt("size")).isEqualTo(2);
        assertThat(secondPage.getInt("total")).isEqualTo(4);
        assertThat(ids(secondPage)).containsExactly(dear, trip);
        assertThat(ids(browse(api, partner, "q=" + tag + "&page=2&size=2"))).isEmpty();
    }

    @Test
    void browsing_parameters_are_checked(Api api) {
        String partner = api.token("partner");
        assertProblem(api.get("/api/v1/catalog/gifts?size=201", partner), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/catalog/gifts?size=0", partner), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/catalog/gifts?page=-1", partner), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/catalog/gifts?category=TOYS", partner), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/catalog/gifts?minPoints=-1", partner), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/catalog/gifts?maxPoints=lots", partner), 400, "VALIDATION_FAILED");
        assertThat(api.get("/api/v1/catalog/gifts?size=200", partner).status()).isEqualTo(200);
        assertProblem(api.get("/api/v1/catalog/gifts", null), 401, "UNAUTHENTICATED");
    }

    @Test
    void with_a_customer_each_item_says_whether_it_is_redeemable_and_why_not(Api api) {
        String tag = Api.uniqueId("RDM");
        String easy = newGift(api, tag + "-A", "保温杯", "HOUSEHOLD", "PHYSICAL", 50, 0, "[\"COURIER\"]", "[]", 0);
        String sixStar = newGift(api, tag + "-B", "高尔夫体验", "GOLF", "EXPERIENCE", 100, 6, "[\"COURIER\"]", "[]", 0);
        String dear = newGift(api, tag + "-C", "笔记本电脑", "ELECTRONICS", "PHYSICAL", 5000, 0, "[\"COURIER\"]", "[]", 0);
        String empty = newGift(api, tag + "-D", "缺货台灯", "HOUSEHOLD", "PHYSICAL", 60, 0, "[\"COURIER\"]", "[]", 0);
        addStock(api, easy, "CENTRAL", 10);
        addStock(api, sixStar, "CENTRAL", 10);
        addStock(api, dear, "CENTRAL", 10);
        String customer = api.newCustomer("LOW", "AA"); // no holdings: no star level, no points

        var poor = items(browse(api, api.token("partner"), "q=" + tag + "&customerId=" + customer));
        assertThat(poor).allSatisfy(item -> assertThat(item.getBoolean("redeemable")).isFalse());
        assertThat(reasonCodes(poor, sixStar)).contains("STAR_LEVEL_TOO_LOW", "INSUFFICIENT_POINTS");
        assertThat(reasonCodes(poor, easy)).contains("INSUFFICIENT_POINTS").doesNotContain("STAR_LEVEL_TOO_LOW");

        credit(api, customer, 1000);
        var items = items(browse(api, api.token("partner"), "q=" + tag + "&customerId=" + customer));
        var easyItem = item(items, easy);
        assertThat(easyItem.getBoolean("redeemable")).isTrue();
        assertThat(easyItem.containsKey("reasons") && !easyItem.isNull("reasons")
                && !easyItem.getJsonArray("reasons").isEmpty()).isFalse();
        assertThat(item(items, sixStar).getBoolean("redeemable")).isFalse();
        assertThat(reasonCodes(items, sixStar)).containsExactly("STAR_LEVEL_TOO_LOW");
        assertThat(item(items, sixStar).getJsonArray("reasons").getJsonObject(0).getString("message")).isNotBlank();
        assertThat(item(items, dear).getBoolean("redeemable")).isFalse();
        assertThat(reasonCodes(items, dear)).containsExactly("INSUFFICIENT_POINTS");
        assertThat(item(items, empty).getBoolean("redeemable")).isFalse();
        assertThat(reasonCodes(items, empty)).containsExactly("OUT_OF_STOCK");

        // a private-banking customer is seven stars: the six-star gift is theirs to redeem
        String privateBanking = api.newCustomer("LOW", "AA", "PRIVATE_BANKING");
        credit(api, privateBanking, 1000);
        var rich = items(browse(api, api.token("partner"), "q=" + tag + "&customerId=" + privateBanking));
        assertThat(item(rich, sixStar).getBoolean("redeemable")).isTrue();
        api.assertLedgerConsistent(customer);
        api.assertLedgerConsistent(privateBanking);
    }

    @Test
    void redeemability_for_an_unknown_customer_is_404(Api api) {
        assertProblem(api.get("/api/v1/catalog/gifts?customerId=C-nobody-" + System.nanoTime(), api.token("partner")),
                404, "NOT_FOUND");
        assertProblem(api.get("/api/v1/catalog/gifts?customerId=bad%20id", api.token("partner")),
                400, "VALIDATION_FAILED");
    }

    @Test
    void a_gift_restricted_to_another_partner_is_invisible_to_acme(Api api) {
        String tag = Api.uniqueId("PRT");
        String theirs = newGift(api, tag + "-A", "专享礼品", "DINING", "PHYSICAL", 300, 0, "[\"COURIER\"]",
                "[\"other\"]", 0);
        String everyones = newGift(api, tag + "-B", "公共礼品", "DINING", "PHYSICAL", 400, 0, "[\"COURIER\"]", "[]", 0);
        assertThat(strings(adminGift(api, theirs), "partners")).containsExactly("other");

        var acme = browse(api, api.token("partner"), "q=" + tag);
        assertThat(ids(acme)).containsExactly(everyones);
        assertThat(acme.getInt("total")).isEqualTo(1);
        assertProblem(api.get("/api/v1/catalog/gifts/" + theirs, api.token("partner")), 404, "NOT_FOUND");

        String other = api.token("partner", "other");
        var visible = browse(api, other, "q=" + tag);
        assertThat(ids(visible)).containsExactly(theirs, everyones);
        var one = api.get("/api/v1/catalog/gifts/" + theirs, other);
        assertThat(one.status()).as(one.toString()).isEqualTo(200);
        assertThat(one.json().getString("id")).isEqualTo(theirs);
    }

    @Test
    void a_retired_gift_leaves_the_catalog(Api api) {
        String tag = Api.uniqueId("RET");
        String id = newGift(api, tag, "停产礼品", "HOUSEHOLD", "PHYSICAL", 300, 0, "[\"COURIER\"]", "[]", 0);
        addStock(api, id, "CENTRAL", 5);
        assertThat(ids(browse(api, api.token("partner"), "q=" + tag))).containsExactly(id);

        assertProblem(api.post(GIFTS + "/" + id + "/retire", api.token("partner"), ""), 403, "FORBIDDEN");
        var retired = api.post(GIFTS + "/" + id + "/retire", api.token("procurement"), "");
        assertThat(retired.status()).as(retired.toString()).isEqualTo(200);
        assertThat(retired.json().getString("status")).isEqualTo("RETIRED");

        var after = browse(api, api.token("partner"), "q=" + tag);
        assertThat(after.getInt("total")).isZero();
        assertThat(ids(after)).isEmpty();
        assertProblem(api.get("/api/v1/catalog/gifts/" + id, api.token("partner")), 404, "NOT_FOUND");
        // procurement still has it, with its stock
        assertThat(adminGift(api, id).getString("status")).isEqualTo("RETIRED");
        assertThat(totalStock(api, id)).isEqualTo(5);
    }

    @Test
    void low_stock_raises_a_warning_that_is_resolved_when_stock_returns(Api api) {
        String id = newGift(api, Api.uniqueId("LOW"), "限量礼品", "HOUSEHOLD", "PHYSICAL", 300, 0, "[\"COURIER\"]",
                "[]", 5);
        addStock(api, id, "CENTRAL", 6);
        assertThat(openWarning(api, id)).as("6 units are above the threshold of 5").isEmpty();

        addStock(api, id, "CENTRAL", -1);
        var warning = openWarning(api, id).orElseThrow(() -> new AssertionError("no open warning for " + id));
        assertThat(warning.getInt("totalStock")).isEqualTo(5);
        assertThat(warning.getInt("threshold")).isEqualTo(5);
        assertThat(warning.getString("name")).isEqualTo("限量礼品");
        assertThat(warning.getString("raisedAt")).isNotBlank();

        addStock(api, id, "CENTRAL", -1);
        assertThat(warnings(api, id, false)).as("one open warning, not one per change").hasSize(1);

        addStock(api, id, "CENTRAL", 10);
        assertThat(openWarning(api, id)).isEmpty();
        var all = warnings(api, id, true);
        assertThat(all).hasSize(1);
        assertThat(all.get(0).getString("resolvedAt", null)).isNotNull();
        assertProblem(api.get("/api/v1/admin/stock/warnings", api.token("partner")), 403, "FORBIDDEN");
    }

    // ---- helpers

    private static JsonObject browse(Api api, String token, String query) {
        var response = api.get("/api/v1/catalog/gifts?" + query, token);
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<JsonObject> items(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static List<String> ids(JsonObject page) {
        return items(page).stream().map(i -> i.getString("id")).toList();
    }

    private static JsonObject item(List<JsonObject> items, String id) {
        return items.stream().filter(i -> i.getString("id").equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError("no item " + id + " in " + items));
    }

    private static List<String> reasonCodes(List<JsonObject> items, String id) {
        var item = item(items, id);
        if (!item.containsKey("reasons") || item.isNull("reasons")) {
            return List.of();
        }
        return item.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList();
    }

    private static List<String> strings(JsonObject object, String field) {
        return object.getJsonArray(field).getValuesAs(JsonString.class).stream().map(JsonString::getString).toList();
    }

    private static List<String> violationFields(Api.Response response) {
        var problem = response.json();
        assertThat(problem.containsKey("violations")).as("violations in %s", response).isTrue();
        return problem.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }

    private static void assertNoGiftWithSku(Api api, String sku) {
        assertThat(browse(api, api.token("procurement"), "q=" + sku).getInt("total"))
                .as("gifts with SKU %s", sku).isZero();
    }

    private static List<JsonObject> warnings(Api api, String giftId, boolean all) {
        var response = api.get("/api/v1/admin/stock/warnings?size=200" + (all ? "&all=true" : ""), api.token("procurement"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return items(response.json()).stream().filter(w -> w.getString("giftId").equals(giftId)).toList();
    }

    private static Optional<JsonObject> openWarning(Api api, String giftId) {
        var open = warnings(api, giftId, false);
        assertThat(open).hasSizeLessThanOrEqualTo(1);
        assertThat(open).allSatisfy(w -> assertThat(!w.containsKey("resolvedAt") || w.isNull("resolvedAt")).isTrue());
        return open.stream().findFirst();
    }
}
