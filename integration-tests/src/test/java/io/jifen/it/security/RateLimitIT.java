package io.jifen.it.security;

import static io.jifen.it.support.ProblemAssert.assertProblem;
import static org.assertj.core.api.Assertions.assertThat;

import io.jifen.it.support.Api;
import io.jifen.it.support.JifenServer;
import io.jifen.it.support.Race;
import io.jifen.it.support.RunningServer;
import io.jifen.it.support.TestDatabase;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Finding 11: rate limits per registered partner and per client address, really burst; and two
 * servers of one deployment holding one partner's limit between them.
 */
@ExtendWith(RunningServer.class)
class RateLimitIT {
    private static final String CATALOG = "/api/v1/catalog/gifts?size=1";

    /** Registers a partner with its own limits, without the tests' generous defaults; answers its id. */
    private static String limitedPartner(Api api, int perSecond, int burst) {
        String id = Api.uniqueId("rl");
        var registered = api.put("/api/v1/admin/partners/" + id, api.token("admin"), """
                {"name": "Rate-limited %s", "status": "ACTIVE", "customerScope": "ALL_CUSTOMERS",
                 "rateLimitPerSecond": %d, "burst": %d}""".formatted(id, perSecond, burst));
        assertThat(registered.status()).as(registered.toString()).isEqualTo(201);
        return id;
    }

    /** A token of that partner from this server (dev tokens are signed by a key each server makes). */
    private static String tokenOf(Api server, String partnerId) {
        return server.mint("{\"subject\": \"it-%s\", \"groups\": [\"partner\"], \"partner\": \"%s\"}"
                .formatted(partnerId, partnerId));
    }

    private static List<Api.Response> burst(List<Api> servers, String partnerId, int calls) throws Exception {
        List<String> tokens = servers.stream().map(server -> tokenOf(server, partnerId)).toList();
        List<Callable<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            Api server = servers.get(i % servers.size());
            String token = tokens.get(i % servers.size());
            requests.add(() -> server.get(CATALOG, token));
        }
        return Race.run(requests);
    }

    private static long count(List<Api.Response> answers, int status) {
        return answers.stream().filter(r -> r.status() == status).count();
    }

    @Test
    void a_partner_over_its_burst_gets_429_with_retry_after_and_another_partner_is_not_slowed(Api api) throws Exception {
        String limited = tokenOf(api, limitedPartner(api, 5, 10));
        String other = api.token("partner", api.partner(Api.uniqueId("rl-other")));

        List<Callable<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            String token = i % 2 == 0 ? limited : other;
            requests.add(() -> api.get(CATALOG, token));
        }
        List<Api.Response> answers = Race.run(requests);
        List<Api.Response> ofLimited = new ArrayList<>();
        List<Api.Response> ofOther = new ArrayList<>();
        for (int i = 0; i < answers.size(); i++) {
            (i % 2 == 0 ? ofLimited : ofOther).add(answers.get(i));
        }

        // the burst of 10, and at most a token or two refilled at 5/s while the 20 calls ran
        assertThat(count(ofLimited, 200)).as("limited partner's successes").isBetween(10L, 13L);
        assertThat(count(ofLimited, 200) + count(ofLimited, 429)).isEqualTo(20);
        Api.Response refused = ofLimited.stream().filter(r -> r.status() == 429).findFirst().orElseThrow();
        assertProblem(refused, 429, "RATE_LIMITED");
        assertThat(Integer.parseInt(refused.header("Retry-After").orElseThrow())).isPositive();
        assertThat(refused.header("RateLimit-Limit")).contains("10");
        assertThat(refused.header("RateLimit-Remaining")).contains("0");
        assertThat(count(ofOther, 200)).as("the other partner is not slowed").isEqualTo(20);
    }

    @Test
    void calls_without_a_valid_token_are_limited_per_address(Api api) throws Exception {
        List<Callable<Api.Response>> requests = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            requests.add(() -> api.get(CATALOG, "not-a-token"));
        }
        List<Api.Response> answers = Race.run(requests);
        assertThat(count(answers, 401) + count(answers, 429)).isEqualTo(200);
        assertThat(count(answers, 429)).as("bad tokens refused before they are even checked").isGreaterThan(50);
        answers.stream().filter(r -> r.status() == 429).forEach(r -> {
            assertProblem(r, 429, "RATE_LIMITED");
            assertThat(r.header("Retry-After")).isPresent();
        });
        // the tests after this one start when this address's bucket holds its burst again (50 at 20/s)
        awaitRefilled(api, 40);
    }

    @Test
    void two_servers_share_one_partner_s_limit(Api api, TestDatabase database) throws Exception {
        String probe = api.partner(Api.uniqueId("rl-probe"));
        try (JifenServer second = JifenServer.startBeside(database)) {
            Api other = new Api(second.baseUri());
            // each server counts the other from its heartbeats: the probe partner's 2,000 burst halves
            awaitShare(api, tokenOf(api, probe), "1000");
            awaitShare(other, tokenOf(other, probe), "1000");

            String shared = limitedPartner(api, 5, 20);
            List<Api.Response> answers = burst(List.of(api, other), shared, 40);

            long allowed = count(answers, 200);
            assertThat(count(answers, 429)).isEqualTo(40 - allowed);
            // two servers each holding the whole burst would allow all 40; sharing allows ~20
            assertThat(allowed).as("successes across both servers").isBetween(18L, 25L);
        }
        // the first server forgets the stopped one within three heartbeats, and holds the whole limit again
        awaitShare(api, tokenOf(api, probe), "2000");
    }

    private static void awaitRefilled(Api api, int atLeast) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (Instant.now().isBefore(deadline)) {
            var probe = api.get(CATALOG, "not-a-token");
            if (probe.status() == 401 && probe.header("RateLimit-Remaining").map(Integer::parseInt).orElse(atLeast) >= atLeast) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("the address's bucket did not fill again");
    }

    private static void awaitShare(Api server, String token, String expectedLimit) throws InterruptedException {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
        String seen = null;
        while (Instant.now().isBefore(deadline)) {
            seen = server.get(CATALOG, token).header("RateLimit-Limit").orElse(null);
            if (expectedLimit.equals(seen)) {
                return;
            }
            Thread.sleep(250);
        }
        throw new AssertionError("server " + server.base() + " still shows RateLimit-Limit " + seen);
    }
}
