package io.jifen.it.imports;

import static io.jifen.it.imports.ImportIT.awaitEnd;
import static io.jifen.it.imports.ImportIT.withTrailer;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monthly star-figures file and the customer master-data file: each row taken by the API's
 * rules, levels recomputed and their moves reported, triggers fired, bad rows refused with reasons.
 */
@ExtendWith(RunningServer.class)
public class CoreBankingFilesIT {
    private static final String INTAKE = "/api/v1/admin/batch/files";
    private static final String TRIGGERS = "/api/v1/admin/triggers";
    private static final String STAR_HEADER = "customerId,periodEnd,SHORT_TERM_ASSETS,MEDIUM_LONG_TERM_ASSETS,HOUSING_MORTGAGE,"
            + "OTHER_PERSONAL_LOANS,CREDIT_CARD_OVERDRAFT,INVESTMENT_TRANSACTIONS,CARD_PURCHASES,SETTLEMENT\n";
    private static final String CUSTOMER_HEADER = "customerId,name,phone,status,blacklisted,riskLevel,creditRating,"
            + "holdings,segments,openedOn,partnerLinks\n";
    private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));
    private static final String PERIOD = TODAY.withDayOfMonth(1).minusDays(1).toString();

    @Test
    void a_star_figures_file_rates_every_customer_reports_the_moves_and_fires_upgrade_triggers(Api api) {
        String marketer = api.staffToken("it-files-alice", "marketing");
        var trigger = api.post(TRIGGERS, marketer, """
                {"name": "Files to five stars %s", "kind": "STAR_UPGRADE", "starLevel": 5, "points": 500}"""
                .formatted(Api.uniqueId("U")));
        assertThat(trigger.status()).as(trigger.toString()).isEqualTo(201);
        String triggerId = trigger.json().getString("id");
        assertThat(api.post(TRIGGERS + "/" + triggerId + "/approval", api.staffToken("it-files-bob", "marketing"), "{}")
                .status()).isEqualTo(200);
        try {
            String rising = api.newCustomer();
            String holding = api.newCustomer("LOW", "AA", "WEALTH_CARD");
            String falling = api.newCustomer();
            String ahead = api.newCustomer();
            reportByApi(api, falling, PERIOD, "200000.00");
            reportByApi(api, ahead, TODAY.toString(), "200000.00");
            assertThat(customer(api, falling).getInt("serviceStarLevel")).isEqualTo(5);
            long fallingBalance = api.balance(falling);

            // 200,000 yuan of short-term assets: 2,700 star points, five stars; 100 yuan: 1 star point, quasi-star
            String body = STAR_HEADER
                    + rising + "," + PERIOD + ",150000.00,50000.00,,,,,,\n"
                    + holding + "," + PERIOD + ",100.00,,,,,,,\n"
                    + falling + "," + PERIOD + ",100.00,,,,,,,\n"
                    + ahead + "," + PERIOD + ",100.00,,,,,,,\n"
                    + "C-no-such-customer," + PERIOD + ",100.00,,,,,,,\n"
                    + rising + "," + PERIOD + ",-5.00,,,,,,,\n";
            var uploaded = upload(api, "STAR_FIGURES", withTrailer(body, 6, ','), "0.6");
            assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
            var file = awaitEnd(api, uploaded.json().getString("id"));

            assertThat(file.getString("status")).as(file.toString()).isEqualTo("COMPLETED");
            assertThat(file.getInt("rowsApplied")).isEqualTo(3);
            assertThat(file.getInt("rowsRejected")).isEqualTo(3);
            var risen = customer(api, rising);
            assertThat(risen.getInt("contributionStarLevel")).isEqualTo(5);
            assertThat(risen.getJsonNumber("starPoints").longValue()).isEqualTo(150_000 * 135 / 10_000 + 50_000 * 100 / 10_000);
            assertThat(risen.getString("starFiguresPeriodEnd")).isEqualTo(PERIOD);
            assertThat(risen.getJsonArray("starPointComponents")).hasSize(2);
            assertThat(customer(api, holding).getInt("serviceStarLevel")).isEqualTo(6);
            assertThat(customer(api, falling).getInt("serviceStarLevel")).isEqualTo(1);
            assertThat(customer(api, ahead).getInt("serviceStarLevel")).as("a later period is kept").isEqualTo(5);
            assertThat(api.balance(rising)).as("the upgrade trigger's points").isEqualTo(500);
            assertThat(api.balance(falling)).isEqualTo(fallingBalance);
            api.assertLedgerConsistent(rising);

            var levels = api.get(INTAKE + "/" + file.getString("id") + "/levels", api.token("admin"));
            assertThat(levels.status()).as(levels.toString()).isEqualTo(200);
            assertThat(levels.json().getInt("up")).isEqualTo(1);
            assertThat(levels.json().getInt("down")).isEqualTo(1);
            assertThat(levels.json().getInt("unchanged")).isEqualTo(1);
            assertThat(levels.json().getJsonArray("moves").getValuesAs(JsonObject.class))
                    .extracting(m -> m.getInt("from") + "->" + m.getInt("to") + ":" + m.getInt("customers"))
                    .containsExactlyInAnyOrder("5->1:1", "0->5:1", "6->6:1");

            List<String> rejects = api.get(INTAKE + "/" + file.getString("id") + "/rejects", api.token("admin")).body()
                    .replace("\uFEFF", "").lines().toList();
            assertThat(rejects).hasSize(4);
            assertThat(rejects.get(1)).startsWith("5," + ahead + ",periodEnd,");
            assertThat(rejects.get(2)).startsWith("6,C-no-such-customer,customerId,NOT_FOUND");
            assertThat(rejects.get(3)).startsWith("7," + rising + ",SHORT_TERM_ASSETS,");
        } finally {
            assertThat(api.post(TRIGGERS + "/" + triggerId + "/deactivate", marketer, "{}").status()).isEqualTo(200);
        }
    }

    @Test
    void a_customer_file_registers_and_replaces_customers_with_their_segments_and_partner_links(Api api) {
        String mall = Api.uniqueId("mall");
        String oldMall = Api.uniqueId("mall");
        api.registerPartner(mall, "ACTIVE", "LINKED");
        api.registerPartner(oldMall, "ACTIVE", "LINKED");
        String mallToken = api.mint("{\"subject\": \"it-mall\", \"groups\": [\"partner\"], \"partner\": \"" + mall + "\"}");
        String oldMallToken = api.mint("{\"subject\": \"it-mall\", \"groups\": [\"partner\"], \"partner\": \"" + oldMall + "\"}");
        String existing = api.newCustomer();
        assertThat(api.put("/api/v1/customers/" + existing + "/partners/" + oldMall, api.token("core-banking"),
                "{\"consentedAt\": \"" + Instant.now().minusSeconds(600) + "\"}").status()).isEqualTo(201);
        String fresh = Api.uniqueId("C");
        String consent = Instant.now().minusSeconds(60).toString();

        String body = CUSTOMER_HEADER
                + fresh + ",\"陈, 静\",13900001111,ACTIVE,false,MEDIUM,A,GOLD_CREDIT_CARD;WEALTH_ACCOUNT,RETIREE;REGION_SH,2015-06-01,"
                + mall + "@" + consent + "\n"
                + existing + ",王大明,,DORMANT,,LOW,AA,,,," + mall + "@" + consent + "\n"
                + Api.uniqueId("C") + ",无名,,ACTIVE,,LOW,AA,,,,no-such-partner@" + consent + "\n"
                + Api.uniqueId("C") + ",坏状态,,SLEEPING,,LOW,AA,,,,\n";
        var uploaded = upload(api, "CUSTOMERS", withTrailer(body, 4, ','), "0.5");
        assertThat(uploaded.status()).as(uploaded.toString()).isEqualTo(202);
        var file = awaitEnd(api, uploaded.json().getString("id"));

        assertThat(file.getString("status")).as(file.toString()).isEqualTo("COMPLETED");
        assertThat(file.getInt("rowsApplied")).isEqualTo(2);
        assertThat(file.getInt("rowsRejected")).isEqualTo(2);
        var created = customer(api, fresh);
        assertThat(created.getString("name")).isEqualTo("陈, 静");
        assertThat(created.getString("riskLevel")).isEqualTo("MEDIUM");
        assertThat(created.getInt("serviceStarLevel")).as("a gold card's floor").isEqualTo(5);
        assertThat(created.getJsonArray("segments").getValuesAs(jakarta.json.JsonString.class))
                .extracting(jakarta.json.JsonString::getString).containsExactly("REGION_SH", "RETIREE");
        assertThat(created.getString("openedOn")).isEqualTo("2015-06-01");
        assertThat(customer(api, existing).getString("status")).isEqualTo("DORMANT");
        assertThat(api.get("/api/v1/customers/" + fresh, mallToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + existing, mallToken).status()).isEqualTo(200);
        assertThat(api.get("/api/v1/customers/" + existing, oldMallToken).status()).as("a link not listed ends").isEqualTo(404);

        List<String> rejects = api.get(INTAKE + "/" + file.getString("id") + "/rejects", api.token("admin")).body()
                .replace("\uFEFF", "").lines().toList();
        assertThat(rejects).hasSize(3);
        assertThat(rejects.get(1)).startsWith("4,").contains(",partnerLinks,NOT_FOUND: no partner no-such-partner");
        assertThat(rejects.get(2)).startsWith("5,").contains(",status,");
    }

    private static void reportByApi(Api api, String customer, String periodEnd, String shortTermAssets) {
        var response = api.put("/api/v1/customers/" + customer + "/star-figures", api.token("core-banking"), """
                {"periodEnd": "%s", "components": [{"component": "SHORT_TERM_ASSETS", "amount": "%s"}]}"""
                .formatted(periodEnd, shortTermAssets));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
    }

    private static JsonObject customer(Api api, String customerId) {
        var response = api.get("/api/v1/customers/" + customerId, api.token("core-banking"));
        assertThat(response.status()).as(response.toString()).isEqualTo(200);
        return response.json();
    }

    private static Api.Response upload(Api api, String kind, String file, String maxRejectShare) {
        return api.send(api.request(INTAKE + "?kind=" + kind + "&name=it-" + kind.toLowerCase() + ".csv&maxRejectShare="
                        + maxRejectShare, api.token("core-banking"))
                .header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(file, StandardCharsets.UTF_8)));
    }
}
