package io.jifen.it.reporting;

import static io.jifen.it.support.GiftMall.addStock;
import static io.jifen.it.support.GiftMall.address;
import static io.jifen.it.support.GiftMall.courierTo;
import static io.jifen.it.support.GiftMall.customerWithPoints;
import static io.jifen.it.support.GiftMall.eVoucher;
import static io.jifen.it.support.GiftMall.newPhysicalGift;
import static io.jifen.it.support.GiftMall.newVoucherGift;
import static io.jifen.it.support.GiftMall.order;
import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The month's roll-forward reconciles with the accounts to the point, whatever moved points. */
@ExtendWith(RunningServer.class)
class LiabilityIT {
    private static final String LIABILITY = "/api/v1/admin/reports/liability";

    private static JsonObject rollForward(Api api) {
        var answer = api.get(LIABILITY, api.token("auditor"));
        assertThat(answer.status()).as(answer.toString()).isEqualTo(200);
        return answer.json().getJsonObject("rollForward");
    }

    private static long figure(JsonObject rollForward, String name) {
        return rollForward.getJsonNumber(name).longValue();
    }

    @Test
    void the_roll_forward_reconciles_after_accruals_redemptions_refunds_reversals_adjustments_and_expiry(Api api) {
        var before = rollForward(api);
        assertThat(before.getBoolean("reconciles")).as(before.toString()).isTrue();

        String now = Instant.now().minusSeconds(60).toString();
        String customer = customerWithPoints(api, 3_000);
        String txn = Api.uniqueId("T");
        assertThat(api.accrue(txn, customer, "DEPOSIT", "500.00", now).status()).isEqualTo(201);
        assertThat(api.accrue(Api.uniqueId("T"), customer, "CARD_SPEND", "10.00", now).status()).isEqualTo(201);
        String gift = newVoucherGift(api, 700, 10);
        order(api, customer, gift, 1, eVoucher());
        // a courier order is cancelled (and refunded) before it ships
        String parcel = newPhysicalGift(api, 800);
        addStock(api, parcel, "CENTRAL", 2);
        String cancelled = order(api, customer, parcel, 1, courierTo(address())).getString("id");
        assertThat(api.post("/api/v1/orders/" + cancelled + "/cancel", api.token("partner"), "{}").status()).isEqualTo(200);
        assertThat(api.post("/api/v1/accruals/" + txn + "/reversal", api.token("core-banking"), "").status())
                .isIn(200, 201);
        api.credit(customer, -100);
        // points earned long ago whose lot has expired: the next change of the account expires them
        var old = api.accrue(Api.uniqueId("T"), customer, "DEPOSIT", "500.00", "2023-06-01T02:00:00Z");
        if (old.status() == 201) {
            api.credit(customer, 1);
        }

        var after = rollForward(api);
        assertThat(after.getBoolean("reconciles")).as(after.toString()).isTrue();
        assertThat(figure(after, "closing")).isEqualTo(figure(after, "accountsNow"));
        assertThat(figure(after, "closing")).isEqualTo(figure(after, "opening") + figure(after, "issued")
                - figure(after, "redeemed") - figure(after, "expired") + figure(after, "adjusted") + figure(after, "reversed"));
        assertThat(figure(after, "issued") - figure(before, "issued")).as("the two accruals of this month")
                .isGreaterThanOrEqualTo(25);
        assertThat(figure(after, "redeemed") - figure(before, "redeemed")).as("one order kept, one refunded")
                .isGreaterThanOrEqualTo(700);
        assertThat(figure(after, "reversed") - figure(before, "reversed")).isLessThanOrEqualTo(-20);
        api.assertLedgerConsistent(customer);
    }

    @Test
    void the_report_breaks_the_liability_down_and_exports_the_months(Api api) {
        var report = api.get(LIABILITY, api.token("admin")).json();
        assertThat(report.getJsonObject("outstandingByExpiryYear")).isNotNull();
        assertThat(report.getString("netLiability")).matches("\\d+\\.\\d{2}");
        assertThat(report.getJsonArray("lastMonths")).isNotEmpty();
        var csv = api.get(LIABILITY + "/roll-forward?format=csv", api.token("auditor"));
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.body()).contains("month,opening,issued,redeemed,expired,adjusted,reversed,closing,reconciles");
        assertProblem(api.get(LIABILITY + "?month=2026-13", api.token("admin")), 400, "VALIDATION_FAILED");
        assertProblem(api.get(LIABILITY + "/roll-forward?format=pdf", api.token("admin")), 400, "VALIDATION_FAILED");
        assertThat(api.get(LIABILITY, api.token("service")).status()).isEqualTo(403);
    }
}
