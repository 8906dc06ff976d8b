package io.jifen.webhooks;

import java.time.Instant;

/**
 * What an endpoint receives: the event's id, type, time and customer around the event's own data
 * (the outbox payload, a JSON object, as written). Built from the stored event alone, so every
 * attempt sends the same bytes.
 */
public final class WebhookBody {
    private WebhookBody() {
    }

    public static String of(String eventId, String type, Instant occurredAt, String customerId, String payload) {
        return "{\"id\":" + quoted(eventId)
                + ",\"type\":" + quoted(type)
                + ",\"occurredAt\":" + quoted(occurredAt.toString())
                + ",\"customerId\":" + (customerId == null ? "null" : quoted(customerId))
                + ",\"data\":" + payload + "}";
    }

    /** A JSON string literal (RFC 8259 escapes). */
    static String quoted(String text) {
        StringBuilder out = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}
