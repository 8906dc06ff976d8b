package io.jifen.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class WebhookBodyTest {
    private static final Instant AT = Instant.parse("2026-03-15T02:00:00Z");

    @Test
    void the_body_wraps_the_event_data_with_its_id_type_time_and_customer() {
        String body = WebhookBody.of("e-1", "points.changed", AT, "C-1", "{\"points\":20,\"balanceAfter\":20}");
        assertThat(body).isEqualTo("{\"id\":\"e-1\",\"type\":\"points.changed\",\"occurredAt\":\"2026-03-15T02:00:00Z\","
                + "\"customerId\":\"C-1\",\"data\":{\"points\":20,\"balanceAfter\":20}}");
    }

    @Test
    void the_same_event_always_gives_the_same_bytes() {
        String payload = "{\"orderId\":\"O-1\",\"partnerId\":\"acme\",\"status\":\"PLACED\"}";
        assertThat(WebhookBody.of("e-2", "order.status-changed", AT, "C-1", payload))
                .isEqualTo(WebhookBody.of("e-2", "order.status-changed", AT, "C-1", payload));
    }

    @Test
    void an_event_without_a_customer_says_null() {
        assertThat(WebhookBody.of("e-3", "points.changed", AT, null, "{}")).contains("\"customerId\":null");
    }

    @Test
    void text_is_escaped_as_json_strings() {
        assertThat(WebhookBody.quoted("a\"b\\c\n\u0001王")).isEqualTo("\"a\\\"b\\\\c\\n\\u0001王\"");
    }
}
