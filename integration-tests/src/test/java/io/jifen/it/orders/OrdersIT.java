package io.jifen.it.orders;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.credit;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newGift;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.GiftMall.orderJson;
import static io.jifen.it.support.GiftMall.pickupAt;
import static io.jifen.it.support.GiftMall.placeOrder;
import static io.jifen.it.support.GiftMall.stockAt;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.MultiFormatReader;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.io.ByteArrayInputStream;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Redemption orders over HTTP (api.md "Orders", domain.md "Redemption orders and fulfilment"). */
@ExtendWith(RunningServer.class)
class OrdersIT {
    private static final String VOUCHER_CODE = "^[0-9A-HJKMNP-TV-Z]{4}(-[0-9A-HJKMNP-TV-Z]{4}){4}$";

    // ---- each channel, end to end

    @Test
    void an_e_voucher_order_is_issued_at_once_and_charges_price_times_quantity(Api api) {
        String customer = customerWithPoints(api, 50_000);
        String gift = newVoucherGift(api, 1_200, 10);

        var placed = placeOrder(api, Api.uniqueId("K"), customer, gift, 2, eVoucher());
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var order = placed.json();
        String id = order.getString("id");
        assertThat(id).isNotBlank();
        assertThat(order.getString("customerId")).isEqualTo(customer);
        assertThat(order.getString("giftId")).isEqualTo(gift);
        assertThat(order.getInt("quantity")).isEqualTo(2);
        assertThat(order.getInt("pointsCharged")).isEqualTo(2_400);
        assertThat(order.getString("status")).isEqualTo("ISSUED");
        assertThat(order.getJsonObject("fulfilment").getString("channel")).isEqualTo("E_VOUCHER");
        assertThat(order.getString("voucherCode")).matches(VOUCHER_CODE);
        assertThat(Instant.parse(order.getString("createdAt"))).isBefore(Instant.now().plusSeconds(60));

        assertThat(api.balance(customer)).isEqualTo(50_000 - 2_400);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(8);
        var newest = entries(api, customer).get(0);
        assertThat(newest.getString("type")).isEqualTo("REDEMPTION");
        assertThat(newest.getInt("points")).isEqualTo(-2_400);
        assertThat(newest.getInt("balanceAfter")).isEqualTo(50_000 - 2_400);

        var again = api.get("/api/v1/orders/" + id, api.token("partner"));
        assertThat(again.status()).isEqualTo(200);
        assertThat(again.json().getString("voucherCode")).isEqualTo(order.getString("voucherCode"));
        api.assertLedgerConsistent(customer);
    }

    @Test
    void e_voucher_codes_differ_from_order_to_order(Api api) {
        String customer = customerWithPoints(api, 10_000);
        String gift = newVoucherGift(api, 100, 10);
        String first = order(api, customer, gift, 1, eVoucher()).getString("voucherCode");
        String second = order(api, customer, gift, 1, eVoucher()).getString("voucherCode");
        assertThat(first).matches(VOUCHER_CODE);
        assertThat(second).matches(VOUCHER_CODE).isNotEqualTo(first);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_branch_pickup_order_gets_an_eight_digit_code_and_its_qr_image(Api api) throws Exception {
        var branches = api.get("/api/v1/catalog/branches", api.token("partner")).jsonArray()
                .getValuesAs(JsonObject.class).stream().map(b -> b.getString("code")).toList();
        assertThat(branches).contains("BJ-CHAOYANG");
        String customer = customerWithPoints(api, 20_000);
        String gift = newPhysicalGift(api, 3_000);
        addStock(api, gift, "BJ-CHAOYANG", 3);

        var placed = placeOrder(api, Api.uniqueId("K"), customer, gift, pickupAt("BJ-CHAOYANG"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.getString("status")).isEqualTo("PLACED");
        assertThat(order.getInt("pointsCharged")).isEqualTo(3_000);
        assertThat(order.getJsonObject("fulfilment").getString("channel")).isEqualTo("BRANCH_PICKUP");
        assertThat(order.getJsonObject("fulfilment").getString("branchCode")).isEqualTo("BJ-CHAOYANG");
        String pickupCode = order.getString("pickupCode");
        assertThat(pickupCode).matches("^[0-9]{8}$");
        assertThat(order.containsKey("voucherCode") && !order.isNull("voucherCode")).isFalse();
        assertThat(api.balance(customer)).isEqualTo(17_000);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(2);

        String qr = order.getString("pickupQrImage");
        assertThat(qr).startsWith("data:image/png;base64,");
        var image = ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(qr.substring(qr.indexOf(',') + 1))));
        assertThat(image).as("a PNG image").isNotNull();
        String text = new MultiFormatReader()
                .decode(new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)))).getText();
        assertThat(text).contains(pickupCode);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_pickup_at_a_branch_without_the_gift_is_served_from_the_central_warehouse(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 1_000);
        addStock(api, gift, "CENTRAL", 3);

        var placed = placeOrder(api, Api.uniqueId("K"), customer, gift, pickupAt("SH-PUDONG"));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        assertThat(placed.json().getJsonObject("fulfilment").getString("branchCode")).isEqualTo("SH-PUDONG");
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(2);
        assertThat(stockAt(api, gift, "SH-PUDONG")).isZero();

        var cancelled = api.post("/api/v1/orders/" + placed.json().getString("id") + "/cancel", api.token("partner"), "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(3);
        assertThat(api.balance(customer)).isEqualTo(5_000);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void an_e_voucher_order_has_no_pickup_code_or_image_and_issues_none(Api api) {
        String customer = customerWithPoints(api, 1_000);
        var order = order(api, customer, newVoucherGift(api, 100, 1), 1, eVoucher());
        assertThat(!order.containsKey("pickupCode") || order.isNull("pickupCode")).isTrue();
        assertThat(!order.containsKey("pickupQrImage") || order.isNull("pickupQrImage")).isTrue();
        assertProblem(api.post("/api/v1/orders/" + order.getString("id") + "/pickup-code", api.token("partner"), "{}"),
                409, "INVALID_STATE");
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_branch_pickup_must_name_a_known_branch(Api api) {
        String customer = customerWithPoints(api, 20_000);
        String gift = newPhysicalGift(api, 3_000);
        addStock(api, gift, "CENTRAL", 5);

        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, pickupAt("XX-NOWHERE")), 400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, pickupAt("CENTRAL")), 400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, "{\"channel\": \"BRANCH_PICKUP\"}"),
                400, "VALIDATION_FAILED");

        assertThat(api.balance(customer)).isEqualTo(20_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_courier_order_needs_a_complete_address(Api api) {
        String customer = customerWithPoints(api, 20_000);
        String gift = newPhysicalGift(api, 2_000);
        addStock(api, gift, "CENTRAL", 5);

        var noPostalCode = placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo("""
                {"recipient": "王小明", "phone": "13812345678", "line1": "建国路 88 号", "city": "北京"}"""));
        assertProblem(noPostalCode, 400, "VALIDATION_FAILED");
        assertThat(violationFields(noPostalCode)).anySatisfy(field -> assertThat(field).contains("postalCode"));
        var badPostalCode = placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo("""
                {"recipient": "王小明", "phone": "13812345678", "line1": "建国路 88 号", "city": "北京",
                 "postalCode": "ABC"}"""));
        assertProblem(badPostalCode, 400, "VALIDATION_FAILED");
        assertThat(violationFields(badPostalCode)).anySatisfy(field -> assertThat(field).contains("postalCode"));
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo(null)), 400, "VALIDATION_FAILED");
        assertThat(api.balance(customer)).isEqualTo(20_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();

        var placed = placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo(address()));
        assertThat(placed.status()).as(placed.toString()).isEqualTo(201);
        var order = placed.json();
        assertThat(order.getString("status")).isEqualTo("PLACED");
        var fulfilment = order.getJsonObject("fulfilment");
        assertThat(fulfilment.getString("channel")).isEqualTo("COURIER");
        assertThat(fulfilment.getJsonObject("address").getString("postalCode")).isEqualTo("100022");
        assertThat(fulfilment.getJsonObject("address").getString("city")).isEqualTo("北京");
        assertThat(api.balance(customer)).isEqualTo(18_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(4);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void an_order_body_is_checked(Api api) {
        String customer = customerWithPoints(api, 20_000);
        String gift = newVoucherGift(api, 100, 20);
        String token = api.token("partner");
        assertProblem(placeOrder(api, token, Api.uniqueId("K"), orderJson(customer, gift, 0, eVoucher())),
                400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, token, Api.uniqueId("K"), orderJson(customer, gift, 11, eVoucher())),
                400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, token, Api.uniqueId("K"), orderJson(customer, gift, 1, "{\"channel\": \"DRONE\"}")),
                400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, token, Api.uniqueId("K"), "{\"customerId\": \"" + customer + "\"}"),
                400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, token, "x".repeat(65), orderJson(customer, gift, 1, eVoucher())),
                400, "VALIDATION_FAILED");
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, "G-nosuchgift", eVoucher()), 404, "NOT_FOUND");
        assertProblem(placeOrder(api, Api.uniqueId("K"), "C-nobody-" + System.nanoTime(), gift, eVoucher()),
                404, "NOT_FOUND");
        assertProblem(placeOrder(api, api.token("service"), Api.uniqueId("K"), orderJson(customer, gift, 1, eVoucher())),
                403, "FORBIDDEN");
        assertThat(api.balance(customer)).isEqualTo(20_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(20);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    // ---- refusals: nothing charged, nothing reserved

    @Test
    void too_few_points_is_insufficient_points_and_writes_nothing(Api api) {
        String customer = customerWithPoints(api, 1_000);
        String gift = newVoucherGift(api, 1_200, 5);

        var refused = placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher());
        assertProblem(refused, 409, "INSUFFICIENT_POINTS");
        assertThat(reasonCodes(refused)).contains("INSUFFICIENT_POINTS");
        // two units of an affordable gift are not affordable either
        String cheaper = newVoucherGift(api, 600, 5);
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, cheaper, 2, eVoucher()), 409, "INSUFFICIENT_POINTS");

        assertThat(api.balance(customer)).isEqualTo(1_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(stockAt(api, cheaper, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        assertThat(entries(api, customer)).extracting(e -> e.getString("type")).doesNotContain("REDEMPTION");
        api.assertLedgerConsistent(customer);
    }

    @Test
    void too_little_stock_is_out_of_stock_and_writes_nothing(Api api) {
        String customer = customerWithPoints(api, 10_000);
        String gift = newVoucherGift(api, 100, 1);
        String none = newVoucherGift(api, 100, 0);

        var refused = placeOrder(api, Api.uniqueId("K"), customer, gift, 2, eVoucher());
        assertProblem(refused, 409, "OUT_OF_STOCK");
        assertThat(reasonCodes(refused)).containsExactly("OUT_OF_STOCK");
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, none, eVoucher()), 409, "OUT_OF_STOCK");

        assertThat(api.balance(customer)).isEqualTo(10_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);

        // the last unit goes to the one who asks for it
        assertThat(placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher()).status()).isEqualTo(201);
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher()), 409, "OUT_OF_STOCK");
        assertThat(stockAt(api, gift, "CENTRAL")).isZero();
        assertThat(api.balance(customer)).isEqualTo(9_900);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_high_risk_customer_may_not_redeem_at_all(Api api) {
        String customer = api.newCustomer("HIGH", "AA");
        credit(api, customer, 50_000);
        String gift = newVoucherGift(api, 100, 5);

        var refused = placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher());
        assertProblem(refused, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(refused)).contains("MONTHLY_QUOTA_EXCEEDED");
        assertThat(refused.json().getJsonArray("reasons").getJsonObject(0).getString("message")).isNotBlank();

        assertThat(api.balance(customer)).isEqualTo(50_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_medium_risk_customer_may_redeem_up_to_the_monthly_quota(Api api) {
        String customer = api.newCustomer("MEDIUM", "AA");
        credit(api, customer, 100_000);
        String gift = newVoucherGift(api, 20_000, 5);

        assertThat(placeOrder(api, Api.uniqueId("K"), customer, gift, 2, eVoucher()).status()).isEqualTo(201);
        var refused = placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher());
        assertProblem(refused, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(refused)).containsExactly("MONTHLY_QUOTA_EXCEEDED");

        assertThat(api.balance(customer)).isEqualTo(60_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(3);
        assertThat(ordersOf(api, customer).getInt("total")).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void cancelled_orders_do_not_count_against_the_monthly_quota(Api api) {
        String customer = api.newCustomer("MEDIUM", "AA");
        credit(api, customer, 100_000);
        String gift = newPhysicalGift(api, 40_000);
        addStock(api, gift, "CENTRAL", 5);

        String first = order(api, customer, gift, 1, courierTo(address())).getString("id");
        assertProblem(placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo(address())), 409, "NOT_ELIGIBLE");
        assertThat(api.post("/api/v1/orders/" + first + "/cancel", api.token("partner"), "{}").status()).isEqualTo(200);
        var again = placeOrder(api, Api.uniqueId("K"), customer, gift, courierTo(address()));
        assertThat(again.status()).as(again.toString()).isEqualTo(201);
        assertThat(api.balance(customer)).isEqualTo(60_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(4);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_dormant_customer_may_not_redeem(Api api) {
        String customer = customerWithPoints(api, 50_000);
        var dormant = api.put("/api/v1/customers/" + customer, api.token("core-banking"), """
                {"name": "王小明", "phone": "13812345678", "status": "DORMANT", "blacklisted": false,
                 "riskLevel": "LOW", "creditRating": "AA", "holdings": []}""");
        assertThat(dormant.status()).as(dormant.toString()).isEqualTo(200);
        String gift = newVoucherGift(api, 100, 5);

        var refused = placeOrder(api, Api.uniqueId("K"), customer, gift, eVoucher());
        assertProblem(refused, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(refused)).contains("DORMANT");

        assertThat(api.balance(customer)).isEqualTo(50_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_gift_above_the_customers_star_level_or_through_another_channel_is_not_eligible(Api api) {
        String customer = customerWithPoints(api, 50_000);
        String sixStar = newGift(api, Api.uniqueId("SKU"), "贵宾厅", "AIRPORT_LOUNGE", "EXPERIENCE", 500, 6,
                "[\"COURIER\"]", "[]", 0);
        addStock(api, sixStar, "CENTRAL", 5);
        String voucher = newVoucherGift(api, 500, 5);

        var tooLow = placeOrder(api, Api.uniqueId("K"), customer, sixStar, courierTo(address()));
        assertProblem(tooLow, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(tooLow)).containsExactly("STAR_LEVEL_TOO_LOW");
        var wrongChannel = placeOrder(api, Api.uniqueId("K"), customer, voucher, courierTo(address()));
        assertProblem(wrongChannel, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(wrongChannel)).containsExactly("CHANNEL_NOT_AVAILABLE");

        assertThat(api.balance(customer)).isEqualTo(50_000);
        assertThat(stockAt(api, sixStar, "CENTRAL")).isEqualTo(5);
        assertThat(stockAt(api, voucher, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_gift_for_another_partner_cannot_be_ordered_through_acme(Api api) {
        String customer = customerWithPoints(api, 50_000);
        String theirs = newGift(api, Api.uniqueId("SKU"), "专享券", "SHOPPING_VOUCHER", "E_VOUCHER", 500, 0,
                "[\"E_VOUCHER\"]", "[\"other\"]", 0);
        addStock(api, theirs, "CENTRAL", 5);

        var refused = placeOrder(api, Api.uniqueId("K"), customer, theirs, eVoucher());
        assertProblem(refused, 409, "NOT_ELIGIBLE");
        assertThat(reasonCodes(refused)).containsExactly("NOT_OFFERED_BY_PARTNER");
        assertThat(api.balance(customer)).isEqualTo(50_000);
        assertThat(stockAt(api, theirs, "CENTRAL")).isEqualTo(5);

        var allowed = placeOrder(api, api.token("partner", "other"), Api.uniqueId("K"),
                orderJson(customer, theirs, 1, eVoucher()));
        assertThat(allowed.status()).as(allowed.toString()).isEqualTo(201);
        assertThat(api.balance(customer)).isEqualTo(49_500);
        api.assertLedgerConsistent(customer);
    }

    // ---- idempotency

    @Test
    void an_order_without_an_idempotency_key_is_refused(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 100, 5);
        var refused = placeOrder(api, null, customer, gift, eVoucher());
        assertProblem(refused, 400, "VALIDATION_FAILED");
        assertThat(refused.body()).contains("Idempotency-Key");
        assertProblem(placeOrder(api, "  ", customer, gift, eVoucher()), 400, "VALIDATION_FAILED");
        assertThat(api.balance(customer)).isEqualTo(5_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(5);
        assertThat(ordersOf(api, customer).getInt("total")).isZero();
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_retry_with_the_same_key_and_body_answers_the_same_order_and_charges_once(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 700, 5);
        String key = Api.uniqueId("K");

        var first = placeOrder(api, key, customer, gift, eVoucher());
        assertThat(first.status()).as(first.toString()).isEqualTo(201);
        var second = placeOrder(api, key, customer, gift, eVoucher());
        assertThat(second.status()).as(second.toString()).isIn(200, 201);
        assertThat(second.json().getString("id")).isEqualTo(first.json().getString("id"));
        assertThat(second.json().getString("voucherCode")).isEqualTo(first.json().getString("voucherCode"));
        assertThat(second.json().getInt("pointsCharged")).isEqualTo(700);

        assertThat(api.balance(customer)).isEqualTo(4_300);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(4);
        assertThat(ordersOf(api, customer).getInt("total")).isEqualTo(1);
        assertThat(entries(api, customer)).filteredOn(e -> e.getString("type").equals("REDEMPTION")).hasSize(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void the_same_key_with_a_different_body_is_an_idempotency_conflict(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 700, 5);
        String key = Api.uniqueId("K");
        String id = placeOrder(api, key, customer, gift, eVoucher()).json().getString("id");

        assertProblem(placeOrder(api, key, customer, gift, 2, eVoucher()), 422, "IDEMPOTENCY_CONFLICT");
        String otherGift = newVoucherGift(api, 300, 5);
        assertProblem(placeOrder(api, key, customer, otherGift, eVoucher()), 422, "IDEMPOTENCY_CONFLICT");

        assertThat(api.balance(customer)).isEqualTo(4_300);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(4);
        assertThat(stockAt(api, otherGift, "CENTRAL")).isEqualTo(5);
        var orders = ordersOf(api, customer);
        assertThat(orders.getInt("total")).isEqualTo(1);
        assertThat(orders.getJsonArray("items").getJsonObject(0).getString("id")).isEqualTo(id);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void the_same_key_from_another_partner_makes_a_separate_order(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newVoucherGift(api, 700, 5);
        String key = Api.uniqueId("K");

        var acme = placeOrder(api, key, customer, gift, eVoucher());
        assertThat(acme.status()).as(acme.toString()).isEqualTo(201);
        var other = placeOrder(api, api.token("partner", "other"), key, orderJson(customer, gift, 1, eVoucher()));
        assertThat(other.status()).as(other.toString()).isEqualTo(201);
        assertThat(other.json().getString("id")).isNotEqualTo(acme.json().getString("id"));

        assertThat(api.balance(customer)).isEqualTo(3_600);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(3);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_refused_order_does_not_use_up_its_idempotency_key(Api api) {
        String customer = customerWithPoints(api, 500);
        String gift = newVoucherGift(api, 700, 5);
        String key = Api.uniqueId("K");

        assertProblem(placeOrder(api, key, customer, gift, eVoucher()), 409, "INSUFFICIENT_POINTS");
        credit(api, customer, 500);
        var retried = placeOrder(api, key, customer, gift, eVoucher());
        assertThat(retried.status()).as(retried.toString()).isEqualTo(201);
        assertThat(api.balance(customer)).isEqualTo(300);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(4);
        api.assertLedgerConsistent(customer);
    }

    // ---- reading orders

    @Test
    void an_order_shows_its_history_with_who_and_when(Api api) {
        String customer = customerWithPoints(api, 5_000);
        Instant before = Instant.now().minusSeconds(5);
        var voucher = order(api, customer, newVoucherGift(api, 100, 5), 1, eVoucher());

        var read = api.get("/api/v1/orders/" + voucher.getString("id"), api.token("partner"));
        assertThat(read.status()).isEqualTo(200);
        var history = read.json().getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("status")).containsExactly("PLACED", "ISSUED");
        assertThat(history).allSatisfy(h -> {
            assertThat(Instant.parse(h.getString("at"))).isAfter(before).isBefore(Instant.now().plusSeconds(5));
            assertThat(h.getString("by")).isNotBlank();
        });

        String gift = newPhysicalGift(api, 100);
        addStock(api, gift, "CENTRAL", 2);
        var courier = order(api, customer, gift, 1, courierTo(address()));
        var courierHistory = api.get("/api/v1/orders/" + courier.getString("id"), api.token("partner")).json()
                .getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(courierHistory).extracting(h -> h.getString("status")).containsExactly("PLACED");
        assertProblem(api.get("/api/v1/orders/O-nosuchorder", api.token("partner")), 404, "NOT_FOUND");
        api.assertLedgerConsistent(customer);
    }

    @Test
    void a_partner_never_sees_another_partners_orders(Api api) {
        String customer = customerWithPoints(api, 5_000);
        String gift = newPhysicalGift(api, 100);
        addStock(api, gift, "BJ-CHAOYANG", 2);
        var acmeOrder = order(api, customer, gift, 1, pickupAt("BJ-CHAOYANG"));
        String id = acmeOrder.getString("id");
        String other = api.token("partner", "other");

        assertProblem(api.get("/api/v1/orders/" + id, other), 404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/orders/" + id + "/pickup-code", other, "{}"), 404, "NOT_FOUND");
        assertProblem(api.post("/api/v1/orders/" + id + "/cancel", other, "{}"), 404, "NOT_FOUND");
        var theirList = api.get("/api/v1/orders?customerId=" + customer, other);
        assertThat(theirList.status()).isEqualTo(200);
        assertThat(theirList.json().getInt("total")).isZero();
        var theirAll = api.get("/api/v1/orders?size=200", other).json().getJsonArray("items")
                .getValuesAs(JsonObject.class);
        assertThat(theirAll).extracting(o -> o.getString("id")).doesNotContain(id);

        // untouched: still placed, still charged, still reserved
        var mine = api.get("/api/v1/orders/" + id, api.token("partner"));
        assertThat(mine.json().getString("status")).isEqualTo("PLACED");
        assertThat(ordersOf(api, customer).getInt("total")).isEqualTo(1);
        assertThat(api.balance(customer)).isEqualTo(4_900);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(1);
        // staff see every partner's orders
        assertThat(api.get("/api/v1/orders/" + id, api.token("service")).status()).isEqualTo(200);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void orders_are_listed_by_customer_and_status_page_by_page(Api api) {
        String customer = customerWithPoints(api, 50_000);
        String voucher = newVoucherGift(api, 100, 10);
        String physical = newPhysicalGift(api, 200);
        addStock(api, physical, "SH-PUDONG", 5);
        String v1 = order(api, customer, voucher, 1, eVoucher()).getString("id");
        String v2 = order(api, customer, voucher, 1, eVoucher()).getString("id");
        String v3 = order(api, customer, voucher, 1, eVoucher()).getString("id");
        String p1 = order(api, customer, physical, 1, pickupAt("SH-PUDONG")).getString("id");
        String someoneElse = customerWithPoints(api, 1_000);
        order(api, someoneElse, voucher, 1, eVoucher());

        var all = ordersOf(api, customer);
        assertThat(all.getInt("total")).isEqualTo(4);
        assertThat(ids(all)).containsExactlyInAnyOrder(v1, v2, v3, p1);

        String issued = "/api/v1/orders?customerId=" + customer + "&status=ISSUED&size=2";
        var page0 = api.get(issued + "&page=0", api.token("partner")).json();
        var page1 = api.get(issued + "&page=1", api.token("partner")).json();
        assertThat(page0.getInt("total")).isEqualTo(3);
        assertThat(page0.getInt("size")).isEqualTo(2);
        assertThat(page0.getInt("page")).isZero();
        assertThat(ids(page0)).hasSize(2);
        assertThat(page1.getInt("page")).isEqualTo(1);
        assertThat(ids(page1)).hasSize(1);
        assertThat(concat(ids(page0), ids(page1))).containsExactlyInAnyOrder(v1, v2, v3);

        var placed = api.get("/api/v1/orders?customerId=" + customer + "&status=PLACED", api.token("partner")).json();
        assertThat(ids(placed)).containsExactly(p1);
        assertThat(api.get("/api/v1/orders?customerId=" + customer + "&status=CANCELLED", api.token("partner"))
                .json().getInt("total")).isZero();

        assertProblem(api.get("/api/v1/orders?status=LOST", api.token("partner")), 400, "VALIDATION_FAILED");
        assertProblem(api.get("/api/v1/orders?size=201", api.token("partner")), 400, "VALIDATION_FAILED");
        api.assertLedgerConsistent(customer);
        api.assertLedgerConsistent(someoneElse);
    }

    // ---- cancelling

    @Test
    void cancelling_a_placed_pickup_order_refunds_the_points_at_once_and_restores_stock(Api api) {
        String customer = customerWithPoints(api, 10_000);
        String gift = newPhysicalGift(api, 2_500);
        addStock(api, gift, "BJ-CHAOYANG", 2);
        var placed = order(api, customer, gift, 2, pickupAt("BJ-CHAOYANG"));
        String id = placed.getString("id");
        assertThat(api.balance(customer)).isEqualTo(5_000);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isZero();

        var cancelled = api.post("/api/v1/orders/" + id + "/cancel", api.token("partner"), "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        var history = cancelled.json().getJsonArray("history").getValuesAs(JsonObject.class);
        assertThat(history).extracting(h -> h.getString("status")).containsExactly("PLACED", "CANCELLED");

        assertThat(api.balance(customer)).isEqualTo(10_000);
        var refund = entries(api, customer).get(0);
        assertThat(refund.getString("type")).isEqualTo("REFUND");
        assertThat(refund.getInt("points")).isEqualTo(5_000);
        assertThat(refund.getInt("balanceAfter")).isEqualTo(10_000);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(2);
        assertThat(api.get("/api/v1/orders/" + id, api.token("partner")).json().getString("status"))
                .isEqualTo("CANCELLED");

        // cancelling again refunds nothing more
        assertProblem(api.post("/api/v1/orders/" + id + "/cancel", api.token("partner"), "{}"), 409, "INVALID_STATE");
        assertThat(api.balance(customer)).isEqualTo(10_000);
        assertThat(stockAt(api, gift, "BJ-CHAOYANG")).isEqualTo(2);
        assertThat(entries(api, customer)).filteredOn(e -> e.getString("type").equals("REFUND")).hasSize(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void cancelling_a_placed_courier_order_refunds_it(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String gift = newPhysicalGift(api, 1_000);
        addStock(api, gift, "CENTRAL", 1);
        String id = order(api, customer, gift, 1, courierTo(address())).getString("id");

        var cancelled = api.post("/api/v1/orders/" + id + "/cancel", api.token("partner"), "{}");
        assertThat(cancelled.status()).as(cancelled.toString()).isEqualTo(200);
        assertThat(cancelled.json().getString("status")).isEqualTo("CANCELLED");
        assertThat(api.balance(customer)).isEqualTo(3_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(1);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void an_issued_e_voucher_cannot_be_cancelled(Api api) {
        String customer = customerWithPoints(api, 3_000);
        String gift = newVoucherGift(api, 1_000, 3);
        String id = order(api, customer, gift, 1, eVoucher()).getString("id");

        assertProblem(api.post("/api/v1/orders/" + id + "/cancel", api.token("partner"), "{}"), 409, "INVALID_STATE");
        assertThat(api.get("/api/v1/orders/" + id, api.token("partner")).json().getString("status")).isEqualTo("ISSUED");
        assertThat(api.balance(customer)).isEqualTo(2_000);
        assertThat(stockAt(api, gift, "CENTRAL")).isEqualTo(2);
        assertThat(entries(api, customer)).extracting(e -> e.getString("type")).doesNotContain("REFUND");
        api.assertLedgerConsistent(customer);
    }

    // ---- helpers

    private static List<JsonObject> entries(Api api, String customerId) {
        var response = api.get("/api/v1/customers/" + customerId + "/points/entries?size=200", api.token("service"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json().getJsonArray("items").getValuesAs(JsonObject.class);
    }

    private static JsonObject ordersOf(Api api, String customerId) {
        var response = api.get("/api/v1/orders?size=200&customerId=" + customerId, api.token("partner"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static List<String> ids(JsonObject page) {
        return page.getJsonArray("items").getValuesAs(JsonObject.class).stream().map(o -> o.getString("id")).toList();
    }

    private static List<String> concat(List<String> a, List<String> b) {
        return Stream.concat(a.stream(), b.stream()).toList();
    }

    private static List<String> reasonCodes(Api.Response problem) {
        var json = problem.json();
        assertThat(json.containsKey("reasons")).as("reasons in %s", problem).isTrue();
        return json.getJsonArray("reasons").getValuesAs(JsonObject.class).stream().map(r -> r.getString("code")).toList();
    }

    private static List<String> violationFields(Api.Response problem) {
        var json = problem.json();
        assertThat(json.containsKey("violations")).as("violations in %s", problem).isTrue();
        return json.getJsonArray("violations").getValuesAs(JsonObject.class).stream()
                .map(v -> v.getString("field")).toList();
    }
}
