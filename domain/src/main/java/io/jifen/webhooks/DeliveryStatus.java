package io.jifen.webhooks;

/** PENDING until the endpoint answers 2xx (DELIVERED) or the retry window runs out (PARKED). */
public enum DeliveryStatus {
    PENDING,
    DELIVERED,
    PARKED
}
