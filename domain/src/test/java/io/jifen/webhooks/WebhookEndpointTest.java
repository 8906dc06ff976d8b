package io.jifen.webhooks;

import static io.jifen.webhooks.WebhookEventType.ORDER_STATUS_CHANGED;
import static io.jifen.webhooks.WebhookEventType.POINTS_CHANGED;
import static io.jifen.webhooks.WebhookEventType.POINTS_EXPIRING;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.jifen.shared.InvalidRequestException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class WebhookEndpointTest {
    private static final Instant NOW = Instant.parse("2026-03-15T02:00:00Z");

    private static WebhookEndpoint endpoint(String partner, Set<WebhookEventType> events) {
        return new WebhookEndpoint(partner, "https://hooks.acme.example/jifen", events, null, "whsec_x", NOW, "admin");
    }

    @Test
    void an_order_event_goes_only_to_the_orders_partner() {
        var acme = endpoint("acme", EnumSet.of(ORDER_STATUS_CHANGED));
        var other = endpoint("other", EnumSet.of(ORDER_STATUS_CHANGED));
        assertThat(acme.receives(ORDER_STATUS_CHANGED, Optional.of("acme"))).isTrue();
        assertThat(other.receives(ORDER_STATUS_CHANGED, Optional.of("acme"))).isFalse();
        assertThat(acme.receives(ORDER_STATUS_CHANGED, Optional.empty())).isFalse();
    }

    @Test
    void a_points_event_goes_to_every_partner_subscribing_to_its_type() {
        var acme = endpoint("acme", EnumSet.of(POINTS_CHANGED));
        var other = endpoint("other", EnumSet.of(POINTS_CHANGED, POINTS_EXPIRING));
        assertThat(acme.receives(POINTS_CHANGED, Optional.empty())).isTrue();
        assertThat(other.receives(POINTS_CHANGED, Optional.empty())).isTrue();
        assertThat(acme.receives(POINTS_EXPIRING, Optional.empty())).isFalse();
        assertThat(other.receives(POINTS_EXPIRING, Optional.empty())).isTrue();
    }

    @Test
    void a_deactivated_endpoint_receives_nothing() {
        var endpoint = endpoint("acme", EnumSet.allOf(WebhookEventType.class));
        endpoint.deactivate(NOW, "admin");
        assertThat(endpoint.isActive()).isFalse();
        assertThat(endpoint.deactivatedAt()).isEqualTo(NOW);
        assertThat(endpoint.receives(POINTS_CHANGED, Optional.empty())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://hooks.example/x", "hooks.example/x", "https://", "https://user:pw@hooks.example/",
            "https://hooks.example/#frag", "http://exa mple.com/", ""})
    void only_http_and_https_urls_with_a_host_are_accepted(String url) {
        assertThatThrownBy(() -> WebhookEndpoint.checkedUrl(url)).isInstanceOf(InvalidRequestException.class)
                .extracting(e -> ((InvalidRequestException) e).field()).isEqualTo("url");
    }

    @Test
    void http_and_https_urls_are_accepted() {
        assertThat(WebhookEndpoint.checkedUrl("https://hooks.acme.example:8443/jifen?x=1"))
                .isEqualTo("https://hooks.acme.example:8443/jifen?x=1");
        assertThat(WebhookEndpoint.checkedUrl("http://127.0.0.1:8080/hook")).isEqualTo("http://127.0.0.1:8080/hook");
    }

    @Test
    void an_endpoint_subscribes_to_at_least_one_event_type() {
        assertThatThrownBy(() -> endpoint("acme", EnumSet.noneOf(WebhookEventType.class)))
                .isInstanceOf(InvalidRequestException.class).hasMessageContaining("at least one");
    }

    @Test
    void partner_ids_are_checked() {
        assertThatThrownBy(() -> endpoint("acme store", EnumSet.of(POINTS_CHANGED)))
                .isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void a_retry_window_of_its_own_is_kept_and_must_be_positive() {
        var endpoint = new WebhookEndpoint("acme", "https://h.example/", EnumSet.of(POINTS_CHANGED),
                Duration.ofMinutes(10), "whsec_x", NOW, "admin");
        assertThat(endpoint.retryWindow()).contains(Duration.ofMinutes(10));
        assertThatThrownBy(() -> new WebhookEndpoint("acme", "https://h.example/", EnumSet.of(POINTS_CHANGED),
                Duration.ZERO, "whsec_x", NOW, "admin")).isInstanceOf(InvalidRequestException.class);
    }

    @Test
    void event_types_travel_by_their_wire_names() {
        assertThat(WebhookEventType.ofWireName("order.status-changed")).contains(ORDER_STATUS_CHANGED);
        assertThat(WebhookEventType.ofWireName("points.expiring")).contains(POINTS_EXPIRING);
        assertThat(WebhookEventType.ofWireName("points.changed")).contains(POINTS_CHANGED);
        assertThat(WebhookEventType.ofWireName("order.placed")).isEmpty();
    }
}
