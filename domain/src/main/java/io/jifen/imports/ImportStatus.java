package io.jifen.imports;

/** Where a file stands. */
public enum ImportStatus {
    /**
     * Uploaded by a person: nothing is applied until a second person approves it (files from core
     * banking, through its API client or the inbox, start at once, like its single calls).
     */
    AWAITING_APPROVAL,
    /** Stored and claimed; its job is about to start. */
    RECEIVED,
    /** The whole file is being checked: encoding, columns, trailer. */
    CHECKING,
    /** The file failed its check; nothing of it was applied. */
    REFUSED,
    /** Rows are being applied. */
    RUNNING,
    /** Stopped by a person, or held because too many rows were refused; a restart goes on from the last checkpoint. */
    STOPPED,
    /** The job ended on an error (or its server died); a restart goes on from the last checkpoint. */
    FAILED,
    /** Every row applied or rejected. */
    COMPLETED,
    /** Given up by a person: it will not be restarted. */
    ABANDONED;

    public boolean isRestartable() {
        return this == STOPPED || this == FAILED;
    }

    public boolean isOver() {
        return this == REFUSED || this == COMPLETED || this == ABANDONED;
    }
}
