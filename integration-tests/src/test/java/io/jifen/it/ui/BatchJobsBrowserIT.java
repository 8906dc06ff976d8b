package io.jifen.it.ui;

import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.imports.ImportIT;
import io.jifen.it.support.Api;
import io.jifen.it.support.RunningServer;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * An administrator uploads a transactions file on the batch jobs screen; a second administrator
 * approves it there and watches its job: the progress bar moves as chunks commit, and ends full
 * with every row applied.
 */
@ExtendWith(RunningServer.class)
class BatchJobsBrowserIT {
    private static final int ROWS = 20_000;

    @RegisterExtension
    static final Browser browser = Browser.perTestClass();

    @Test
    void an_administrator_uploads_a_file_and_watches_its_progress_bar_fill(Api api) throws Exception {
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            customers.add(api.newCustomer());
        }
        String when = Instant.now().minusSeconds(3600).toString();
        String run = Api.uniqueId("UI");
        Random random = new Random(17);
        StringBuilder body = new StringBuilder("type,sourceTxnId,customerId,activity,productCode,amount,currency,occurredAt\n");
        for (int n = 1; n <= ROWS; n++) {
            body.append("ACCRUAL,").append(run).append('-').append(n).append(',')
                    .append(customers.get(random.nextInt(customers.size()))).append(",DEPOSIT,,1000.00,CNY,").append(when).append('\n');
        }
        String name = run + ".csv";
        Path file = Path.of("target", name).toAbsolutePath();
        Files.writeString(file, ImportIT.withTrailer(body.toString(), ROWS, ','), StandardCharsets.UTF_8);

        browser.signIn(StaffUsers.withRole(api, "admin"), StaffUsers.PASSWORD);
        browser.open("/batch-jobs");
        WebElement upload = browser.byId("batch-upload");
        upload.getShadowRoot().findElement(By.cssSelector("input[type=file]")).sendKeys(file.toString());

        String fileId = browser.await(d -> named(api, name)).getString("id");
        // a person's file is a mass adjustment: nothing moves until a second person approves it
        assertThat(named(api, name).getString("status")).isEqualTo("AWAITING_APPROVAL");
        browser.click("sign-out");
        browser.signIn(StaffUsers.withRole(api, "admin"), StaffUsers.PASSWORD);
        browser.open("/batch-jobs");
        browser.await(d -> browser.gridCells().contains(name));
        browser.clickGridCell(name);
        browser.click("approve-file");
        browser.click("approval-confirm");
        By bar = By.cssSelector("vaadin-progress-bar[data-file='" + fileId + "']");
        List<Double> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(180).toNanos();
        String status = "";
        while (System.nanoTime() < deadline && !status.equals("COMPLETED")) {
            var bars = browser.driver().findElements(bar);
            if (!bars.isEmpty()) {
                try {
                    double value = Double.parseDouble(bars.getFirst().getDomProperty("value"));
                    status = bars.getFirst().getDomAttribute("data-status");
                    if (seen.isEmpty() || seen.getLast() != value) {
                        seen.add(value);
                    }
                } catch (org.openqa.selenium.StaleElementReferenceException redrawn) {
                    // the grid redrew its rows between finding the bar and reading it: read again
                }
            }
            Thread.sleep(250);
        }

        assertThat(status).as("the job's status on screen; bar values seen " + seen).isEqualTo("COMPLETED");
        assertThat(seen).as("the bar moved through values between empty and full").anyMatch(v -> v > 0 && v < 1);
        assertThat(seen).isSorted().last().isEqualTo(1.0);
        browser.clickGridCell(name);
        browser.await(d -> browser.byId("batch-file-detail").getText().contains(fileId));
        browser.screenshot("batch-jobs");
        var ended = api.get("/api/v1/admin/batch/files/" + fileId, api.token("admin")).json();
        assertThat(ended.getInt("rowsApplied")).isEqualTo(ROWS);
        assertThat(ended.getString("receivedBy")).isNotBlank();
        assertThat(ended.getString("approvedBy")).isNotBlank().isNotEqualTo(ended.getString("receivedBy"));
    }

    private static JsonObject named(Api api, String name) {
        var page = api.get("/api/v1/admin/batch/files?size=50", api.token("admin"));
        return page.json().getJsonArray("items").getValuesAs(JsonObject.class).stream()
                .filter(f -> f.getString("name").equals(name)).findFirst().orElse(null);
    }
}
