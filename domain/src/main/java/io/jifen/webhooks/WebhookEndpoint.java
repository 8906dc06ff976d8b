package io.jifen.webhooks;

import io.jifen.shared.Message;
import io.jifen.shared.InvalidRequestException;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A partner's URL that receives the events it subscribed to, signed with the endpoint's secret.
 * Deactivated endpoints receive nothing more; they are kept for the deliveries that name them.
 */
@Entity
@Table(name = "webhook_endpoint")
public class WebhookEndpoint {
    public static final int URL_MAX = 500;
    private static final Pattern PARTNER_ID = Pattern.compile("^[A-Za-z0-9._-]{1,64}$");

    @Id
    @SequenceGenerator(name = "webhook_endpoint_seq", sequenceName = "webhook_endpoint_seq", allocationSize = 1)
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "webhook_endpoint_seq")
    @Column(name = "id")
    private Long id;
    @Column(name = "partner_id", nullable = false, length = 64)
    private String partnerId;
    @Column(name = "url", nullable = false, length = URL_MAX)
    private String url;
    @Column(name = "secret", nullable = false, length = 100)
    private String secret;
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "webhook_endpoint_event", joinColumns = @JoinColumn(name = "endpoint_id"))
    @Enumerated(EnumType.STRING)
    @Column(name = "event_type", length = 32)
    private Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);
    /** A window shorter than the server's, for a partner that would rather hear nothing than hear late. */
    @Column(name = "retry_window_millis")
    private Long retryWindowMillis;
    @Column(name = "active", nullable = false)
    private boolean active;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false, length = 100)
    private String createdBy;
    @Column(name = "deactivated_at")
    private Instant deactivatedAt;
    @Column(name = "deactivated_by", length = 100)
    private String deactivatedBy;

    protected WebhookEndpoint() {
    }

    /** Refuses a partner id, URL or event list a delivery could not honour. */
    public WebhookEndpoint(String partnerId, String url, Set<WebhookEventType> events, Duration retryWindow,
                           String secret, Instant createdAt, String createdBy) {
        if (partnerId == null || !PARTNER_ID.matcher(partnerId).matches()) {
            throw new InvalidRequestException("partnerId", "a partner id is 1-64 letters, digits, '.', '_' or '-'");
        }
        if (events == null || events.isEmpty()) {
            throw new InvalidRequestException("events", "an endpoint subscribes to at least one event type");
        }
        if (retryWindow != null && (retryWindow.isNegative() || retryWindow.isZero())) {
            throw new InvalidRequestException("retryWindow", "a retry window is positive");
        }
        this.partnerId = partnerId;
        this.url = checkedUrl(url);
        this.events = EnumSet.copyOf(events);
        this.retryWindowMillis = retryWindow == null ? null : retryWindow.toMillis();
        this.secret = secret;
        this.active = true;
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    /** An absolute http or https URL with a host, no user info and no fragment. */
    public static String checkedUrl(String url) {
        if (url == null || url.isBlank() || url.length() > URL_MAX) {
            throw new InvalidRequestException("url", Message.of("webhook.urlRequired", String.valueOf(URL_MAX)));
        }
        try {
            URI uri = new URI(url.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http")) {
                throw new InvalidRequestException("url", "must be an http or https URL");
            }
            if (uri.getHost() == null || uri.getHost().isBlank()) {
                throw new InvalidRequestException("url", "must name a host");
            }
            if (uri.getUserInfo() != null || uri.getFragment() != null) {
                throw new InvalidRequestException("url", "must not carry credentials or a fragment");
            }
            return uri.toString();
        } catch (URISyntaxException e) {
            throw new InvalidRequestException("url", "is not a valid URL");
        }
    }

    /**
     * Whether an event of this type, concerning the given partner (empty for events that belong
     * to no single partner), is for this endpoint.
     */
    /** Whether it takes events of this type at all (of some partner, for a type that belongs to one). */
    public boolean subscribesTo(WebhookEventType type) {
        return active && events.contains(type);
    }

    public boolean receives(WebhookEventType type, Optional<String> ofPartner) {
        return active && events.contains(type) && (!type.belongsToOnePartner()
                || ofPartner.map(partnerId::equals).orElse(false));
    }

    public void deactivate(Instant now, String by) {
        if (!active) {
            return;
        }
        active = false;
        deactivatedAt = now;
        deactivatedBy = by;
    }

    public Long id() { return id; }
    public String partnerId() { return partnerId; }
    public String url() { return url; }
    public String secret() { return secret; }
    public Set<WebhookEventType> events() {
        return events.isEmpty() ? EnumSet.noneOf(WebhookEventType.class) : EnumSet.copyOf(events);
    }
    public Optional<Duration> retryWindow() {
        return Optional.ofNullable(retryWindowMillis).map(Duration::ofMillis);
    }
    public boolean isActive() { return active; }
    public Instant createdAt() { return createdAt; }
    public String createdBy() { return createdBy; }
    public Instant deactivatedAt() { return deactivatedAt; }
    public String deactivatedBy() { return deactivatedBy; }
}
