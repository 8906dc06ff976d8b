package io.jifen.ui.webhooks;

import io.jifen.webhooks.WebhookEventType;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.EnumSet;
import java.util.Set;

/** What the registration form collects before it becomes a call to the webhook service. */
public class EndpointRegistration {
    @NotBlank
    @Size(max = 64)
    @Pattern(regexp = "^[A-Za-z0-9._-]*$")
    private String partnerId;
    @NotBlank
    @Size(max = 500)
    @Pattern(regexp = "^((?i)https?://\\S+)?$")
    private String url;
    @NotEmpty
    private Set<WebhookEventType> events = EnumSet.noneOf(WebhookEventType.class);

    public String getPartnerId() {
        return partnerId;
    }

    public void setPartnerId(String partnerId) {
        this.partnerId = partnerId;
    }

    public String getUrl() {
        return url;
    }

    public void setUrl(String url) {
        this.url = url;
    }

    public Set<WebhookEventType> getEvents() {
        return events;
    }

    public void setEvents(Set<WebhookEventType> events) {
        this.events = events;
    }
}
