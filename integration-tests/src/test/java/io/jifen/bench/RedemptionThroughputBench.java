package io.jifen.bench;

import io.jifen.it.support.Api;
import io.jifen.it.support.GiftMall;
import io.jifen.it.support.RunningServer;
import java.net.http.HttpRequest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * How many redemption orders and accruals one server takes per second, as ratios against a
 * baseline measured in the same run on the same server: an authenticated balance read (one
 * indexed row). Machines here are shared and noisy, so only the ratios are comparable across
 * runs. Run with `./jifen test -Pbench` or `mvn verify -Pbench`; results go to
 * integration-tests/target/bench/results.md (and standard output).
 */
@ExtendWith(RunningServer.class)
class RedemptionThroughputBench {
    private static final int THREADS = 8;
    private static final int REQUESTS = 400;
    private static final int WARM_UP = 100;

    @Test
    void orders_and_accruals_per_second_against_balance_reads(Api api) throws Exception {
        String gift = GiftMall.newVoucherGift(api, 10, 1_000_000);
        List<String> customers = new ArrayList<>();
        for (int i = 0; i < THREADS * 4; i++) {
            customers.add(GiftMall.customerWithPoints(api, 1_000_000));
        }
        String now = Instant.now().minusSeconds(60).toString();
        IntFunction<Api.Response> read = i -> api.get("/api/v1/customers/" + customers.get(i % customers.size()) + "/points",
                api.token("partner"));
        IntFunction<Api.Response> order = i -> api.send(api.request("/api/v1/orders", api.token("partner"))
                .header("Content-Type", "application/json").header("Idempotency-Key", "bench-" + Instant.now().toEpochMilli() + "-" + i)
                .POST(HttpRequest.BodyPublishers.ofString("""
                        {"customerId": "%s", "giftId": "%s", "quantity": 1, "fulfilment": {"channel": "E_VOUCHER"}}"""
                        .formatted(customers.get(i % customers.size()), gift))));
        IntFunction<Api.Response> accrue = i -> api.accrue("bench-" + System.nanoTime() + "-" + i,
                customers.get(i % customers.size()), "DEPOSIT", "1000.00", now);

        // a running campaign on card purchases, so those accruals also queue on its budget row
        String campaign = api.post("/api/v1/admin/campaigns", api.staffToken("bench-alice", "marketing"), """
                {"name": "Bench double card points", "kind": "MULTIPLIER", "multiplier": "2", "activities": ["CARD_SPEND"],
                 "startsAt": "%s", "endsAt": "%s", "budget": 1000000000, "holdoutPercent": 10}"""
                .formatted(Instant.now().minusSeconds(3600), Instant.now().plusSeconds(86_400))).json().getString("id");
        api.post("/api/v1/admin/campaigns/" + campaign + "/submit", api.staffToken("bench-alice", "marketing"), "{}");
        api.post("/api/v1/admin/campaigns/" + campaign + "/approve", api.staffToken("bench-bob", "marketing"), "{}");
        IntFunction<Api.Response> accrueInCampaign = i -> api.accrue("bench-c-" + System.nanoTime() + "-" + i,
                customers.get(i % customers.size()), "CARD_SPEND", "388.00", now);

        rate(read, WARM_UP, 200);
        rate(order, WARM_UP, 201);
        rate(accrue, WARM_UP, 201);
        rate(accrueInCampaign, WARM_UP, 201);
        double reads = rate(read, REQUESTS, 200);
        double orders = rate(order, REQUESTS, 201);
        double accruals = rate(accrue, REQUESTS, 201);
        double campaignAccruals = rate(accrueInCampaign, REQUESTS, 201);
        double readsAgain = rate(read, REQUESTS, 200);
        double baseline = (reads + readsAgain) / 2;

        String report = """
                # Redemption throughput (one server, %d client threads, %d requests each measure)

                | measure | requests/s | ratio to balance reads |
                |---|---|---|
                | balance read (baseline, mean of before and after) | %.0f | 1.00 |
                | redemption order (E_VOUCHER: lock, eligibility, stock, ledger, order, key, outbox) | %.0f | %.2f |
                | accrual (lock, rules, lot, ledger, outbox) | %.0f | %.2f |
                | accrual under a running campaign (also: hold-out, cap tally, campaign transaction row, campaign budget row lock) | %.0f | %.2f |

                Baseline spread: %.0f before, %.0f after.
                """.formatted(THREADS, REQUESTS, baseline, orders, orders / baseline, accruals, accruals / baseline,
                campaignAccruals, campaignAccruals / baseline, reads, readsAgain);
        Path out = Path.of("target", "bench", "results-" + System.getProperty("jifen.it.database", "embedded") + ".md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
        System.out.println(report);
    }

    /** Requests per second over `count` requests from THREADS threads; every answer must be `expected`. */
    private static double rate(IntFunction<Api.Response> call, int count, int expected) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(THREADS);
        AtomicInteger next = new AtomicInteger();
        try {
            long started = System.nanoTime();
            List<Future<?>> workers = new ArrayList<>();
            for (int t = 0; t < THREADS; t++) {
                workers.add(pool.submit(() -> {
                    for (int i = next.getAndIncrement(); i < count; i = next.getAndIncrement()) {
                        var response = call.apply(i);
                        if (response.status() != expected) {
                            throw new IllegalStateException("unexpected answer: " + response);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> worker : workers) {
                worker.get();
            }
            return count / ((System.nanoTime() - started) / 1e9);
        } finally {
            pool.shutdownNow();
        }
    }
}
