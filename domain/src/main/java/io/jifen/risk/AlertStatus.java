package io.jifen.risk;

/** An alert's life: raised, being looked into, then closed one way or the other. */
public enum AlertStatus {
    OPEN, INVESTIGATING, CLOSED_FRAUD, CLOSED_NOT_FRAUD;

    public boolean isClosed() {
        return this == CLOSED_FRAUD || this == CLOSED_NOT_FRAUD;
    }
}
