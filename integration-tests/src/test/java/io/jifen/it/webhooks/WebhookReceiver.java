package io.jifen.it.webhooks;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.io.StringReader;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A partner's webhook endpoint inside the test: a real HTTP server on localhost that records
 * every request (with its arrival time and the status it answered) and answers as the test says.
 * It handles requests on several threads, so it would see two deliveries at once if they came.
 */
final class WebhookReceiver implements AutoCloseable {
    /** One request as it arrived. */
    record Arrival(Instant at, Headers headers, String body, int answered) {
        String header(String name) {
            return headers.getFirst(name);
        }

        String eventId() {
            return header("Jifen-Event-Id");
        }

        int attempt() {
            return Integer.parseInt(header("Jifen-Delivery-Attempt"));
        }

        JsonObject json() {
            return Json.createReader(new StringReader(body)).readObject();
        }

        String customerId() {
            var json = json();
            return json.isNull("customerId") ? null : json.getString("customerId");
        }

        JsonObject data() {
            return json().getJsonObject("data");
        }

        /** Recomputes the signature as a partner would: HMAC-SHA256 of "<timestamp>.<body>" with the secret. */
        boolean signedWith(String secret) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
                String expected = "v1=" + HexFormat.of().formatHex(
                        mac.doFinal((header("Jifen-Timestamp") + "." + body).getBytes(StandardCharsets.UTF_8)));
                String actual = header("Jifen-Signature");
                return actual != null && MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        actual.getBytes(StandardCharsets.US_ASCII));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
    }

    private final HttpServer server;
    private final ExecutorService threads = Executors.newFixedThreadPool(8);
    private final List<Arrival> arrivals = new ArrayList<>();
    private final Set<String> inFlight = ConcurrentHashMap.newKeySet();
    private final AtomicInteger concurrent = new AtomicInteger();
    private final AtomicInteger mostConcurrent = new AtomicInteger();
    private final AtomicInteger sameEventAtOnce = new AtomicInteger();
    private volatile ToIntFunction<Arrival> answer = arrival -> 200;
    private volatile Duration delay = Duration.ZERO;

    static final String ALLOWED_HOST = "127.0.0.2";

    private WebhookReceiver() throws IOException {
        // 127.0.0.2: the one inside address the test server is told to allow (JIFEN_WEBHOOKS_ALLOWED_NETWORKS);
        // 127.0.0.1 and every other inside address stay refused, as in production
        server = HttpServer.create(new InetSocketAddress(InetAddress.getByName(ALLOWED_HOST), 0), 50);
        server.createContext("/hook", this::handle);
        server.setExecutor(threads);
        server.start();
    }

    static WebhookReceiver start() throws IOException {
        return new WebhookReceiver();
    }

    String url() {
        return "http://" + ALLOWED_HOST + ":" + server.getAddress().getPort() + "/hook";
    }

    /** How to answer each request (its status), from what has arrived so far and the request itself. */
    void answer(ToIntFunction<Arrival> answer) {
        this.answer = answer;
    }

    /** How long to take over each request, so that deliveries that could overlap do. */
    void takeTime(Duration delay) {
        this.delay = delay;
    }

    private void handle(HttpExchange exchange) throws IOException {
        int now = concurrent.incrementAndGet();
        mostConcurrent.accumulateAndGet(now, Math::max);
        String eventId = exchange.getRequestHeaders().getFirst("Jifen-Event-Id");
        boolean first = eventId == null || inFlight.add(eventId);
        if (!first) {
            sameEventAtOnce.incrementAndGet();
        }
        try {
            Instant at = Instant.now();
            String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
            if (!delay.isZero()) {
                Thread.sleep(delay.toMillis());
            }
            Arrival probe = new Arrival(at, exchange.getRequestHeaders(), body, 0);
            int status = answer.applyAsInt(probe);
            synchronized (arrivals) {
                arrivals.add(new Arrival(at, exchange.getRequestHeaders(), body, status));
            }
            exchange.sendResponseHeaders(status, -1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            exchange.sendResponseHeaders(503, -1);
        } finally {
            if (first && eventId != null) {
                inFlight.remove(eventId);
            }
            concurrent.decrementAndGet();
            exchange.close();
        }
    }

    List<Arrival> arrivals() {
        synchronized (arrivals) {
            return List.copyOf(arrivals);
        }
    }

    List<Arrival> arrivals(Predicate<Arrival> which) {
        return arrivals().stream().filter(which).toList();
    }

    List<Arrival> ofCustomers(Set<String> customers) {
        return arrivals(arrival -> customers.contains(arrival.customerId()));
    }

    /** Waits until the arrivals that match number at least {@code count}; answers them. */
    List<Arrival> await(Predicate<Arrival> which, int count, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            var matching = arrivals(which);
            if (matching.size() >= count) {
                return matching;
            }
            Thread.sleep(50);
        }
        throw new AssertionError("expected " + count + " matching webhook requests within " + timeout + ", got "
                + arrivals(which).size() + " of " + arrivals().size());
    }

    /** The most requests it was handling at one moment. */
    int mostConcurrent() {
        return mostConcurrent.get();
    }

    /** How often a request came while another for the same event was still being handled. */
    int sameEventAtOnce() {
        return sameEventAtOnce.get();
    }

    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
    }
}
