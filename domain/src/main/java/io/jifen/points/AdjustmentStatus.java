package io.jifen.points;

/** Where an adjustment over the limits stands: waiting for a second person, or decided. */
public enum AdjustmentStatus {
    PENDING_APPROVAL,
    APPROVED,
    REJECTED
}
