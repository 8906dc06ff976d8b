-- Partner webhooks: endpoints, one delivery per event and endpoint, and the daily
-- "points.expiring" announcements. outbox_event.published_at now means "fanned out to its deliveries".

CREATE SEQUENCE webhook_endpoint_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook_endpoint (
    id                  BIGINT       NOT NULL PRIMARY KEY,
    partner_id          VARCHAR(64)  NOT NULL,
    url                 VARCHAR(500) NOT NULL,
    secret              VARCHAR(100) NOT NULL,
    retry_window_millis BIGINT CHECK (retry_window_millis > 0),
    active              BOOLEAN      NOT NULL,
    created_at          TIMESTAMP    NOT NULL,
    created_by          VARCHAR(100) NOT NULL,
    deactivated_at      TIMESTAMP,
    deactivated_by      VARCHAR(100),
    CHECK ((active AND deactivated_at IS NULL) OR (NOT active AND deactivated_at IS NOT NULL))
);
CREATE INDEX webhook_endpoint_by_partner ON webhook_endpoint (partner_id, active);

CREATE TABLE webhook_endpoint_event (
    endpoint_id BIGINT      NOT NULL REFERENCES webhook_endpoint (id),
    event_type  VARCHAR(32) NOT NULL,
    PRIMARY KEY (endpoint_id, event_type)
);

-- A worker owns a delivery while claimed_by is set and claimed_until has not passed; the claim is
-- taken with a guarded UPDATE, so servers never send one delivery twice at once.
CREATE SEQUENCE webhook_delivery_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE webhook_delivery (
    id                   BIGINT       NOT NULL PRIMARY KEY,
    endpoint_id          BIGINT       NOT NULL REFERENCES webhook_endpoint (id),
    outbox_event_id      BIGINT       NOT NULL REFERENCES outbox_event (id),
    event_id             VARCHAR(36)  NOT NULL,
    event_type           VARCHAR(64)  NOT NULL,
    customer_id          VARCHAR(64),
    status               VARCHAR(16)  NOT NULL,
    attempts             INTEGER      NOT NULL CHECK (attempts >= 0),
    created_at           TIMESTAMP    NOT NULL,
    window_started_at    TIMESTAMP    NOT NULL,
    next_attempt_at      TIMESTAMP    NOT NULL,
    last_attempt_at      TIMESTAMP,
    last_response_status INTEGER,
    last_error           VARCHAR(500),
    delivered_at         TIMESTAMP,
    parked_at            TIMESTAMP,
    replays              INTEGER      NOT NULL CHECK (replays >= 0),
    claimed_by           VARCHAR(100),
    claimed_until        TIMESTAMP,
    UNIQUE (endpoint_id, outbox_event_id)
);
CREATE INDEX webhook_delivery_due ON webhook_delivery (status, next_attempt_at);
CREATE INDEX webhook_delivery_line ON webhook_delivery (endpoint_id, customer_id, status, outbox_event_id);
CREATE INDEX webhook_delivery_by_status ON webhook_delivery (status, id);

-- Each lot's coming expiry is announced once.
CREATE TABLE points_expiring_notice (
    lot_id       BIGINT      NOT NULL PRIMARY KEY REFERENCES points_lot (id),
    customer_id  VARCHAR(64) NOT NULL,
    points       BIGINT      NOT NULL CHECK (points > 0),
    expires_at   TIMESTAMP   NOT NULL,
    announced_at TIMESTAMP   NOT NULL
);

CREATE TABLE webhook_daily_run (
    job         VARCHAR(64) NOT NULL PRIMARY KEY,
    last_run_on DATE
);
INSERT INTO webhook_daily_run (job, last_run_on) VALUES ('points-expiring', NULL);
