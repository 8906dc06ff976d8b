-- Adjustments beyond one person's limits wait here for a second person (issue 16).
CREATE TABLE adjustment_request (
    id              VARCHAR(40)  NOT NULL PRIMARY KEY,
    customer_id     VARCHAR(64)  NOT NULL,
    points          BIGINT       NOT NULL,
    reason          VARCHAR(500) NOT NULL,
    requested_by    VARCHAR(100) NOT NULL,
    requested_at    TIMESTAMP NOT NULL,
    status          VARCHAR(20)  NOT NULL,
    decided_by      VARCHAR(100),
    decided_at      TIMESTAMP,
    decision_note   VARCHAR(500),
    ledger_entry_id BIGINT,
    version         BIGINT       NOT NULL
);
CREATE INDEX adjustment_request_queue ON adjustment_request (status, requested_at);
CREATE INDEX adjustment_request_customer ON adjustment_request (customer_id);

-- What each person moved alone on each bank day; its row is locked while the daily limit is weighed.
CREATE TABLE staff_adjustment_day (
    id           VARCHAR(120) NOT NULL PRIMARY KEY,
    staff_id     VARCHAR(100) NOT NULL,
    bank_day     DATE         NOT NULL,
    points_moved BIGINT       NOT NULL
);
