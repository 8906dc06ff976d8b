package io.jifen.fulfilment;

/** What a carrier reports about a shipment. */
public enum CarrierStatus {
    /** On its way: recorded, the order stays shipped. */
    IN_TRANSIT,
    /** Reached the customer: the order is delivered. */
    DELIVERED,
    /** Could not be delivered: the order fails and is refunded. */
    FAILED
}
