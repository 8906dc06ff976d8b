-- Fraud and abuse alerts (issue 16): the rules' settings, the alerts, and on the points account
-- what the rules read without a query of their own (the row a redemption or accrual locks anyway).
CREATE TABLE alert_rule (
    rule           VARCHAR(32)  NOT NULL PRIMARY KEY,
    enabled        BOOLEAN      NOT NULL,
    severity       VARCHAR(8)   NOT NULL,
    threshold      BIGINT       NOT NULL,
    window_minutes INTEGER      NOT NULL,
    places_hold    BOOLEAN      NOT NULL,
    updated_by     VARCHAR(100),
    updated_at     TIMESTAMP
);
INSERT INTO alert_rule (rule, enabled, severity, threshold, window_minutes, places_hold) VALUES
    ('ADDRESS_CHANGES', TRUE, 'MEDIUM', 3, 43200, FALSE),
    ('REDEMPTION_BURST', TRUE, 'HIGH', 5, 10, TRUE),
    ('SHARED_ADDRESS', TRUE, 'HIGH', 4, 129600, FALSE),
    ('EARNING_SPIKE', TRUE, 'MEDIUM', 20, 1440, FALSE),
    ('PARTNER_REFUSALS', TRUE, 'MEDIUM', 50, 10, FALSE);

CREATE TABLE risk_alert (
    id          VARCHAR(40)   NOT NULL PRIMARY KEY,
    rule        VARCHAR(32)   NOT NULL,
    severity    VARCHAR(8)    NOT NULL,
    subject_kind VARCHAR(16)  NOT NULL,
    subject_id  VARCHAR(100)  NOT NULL,
    evidence    VARCHAR(2000) NOT NULL,
    status      VARCHAR(20)   NOT NULL,
    holds       BOOLEAN       NOT NULL,
    raised_at   TIMESTAMP     NOT NULL,
    updated_at  TIMESTAMP     NOT NULL,
    handled_by  VARCHAR(100),
    note        VARCHAR(500),
    open_key    VARCHAR(140),
    version     BIGINT        NOT NULL
);
-- one open alert per rule and customer: a pattern fires once however often it repeats
CREATE UNIQUE INDEX risk_alert_open ON risk_alert (open_key);
CREATE INDEX risk_alert_board ON risk_alert (status, raised_at);
CREATE INDEX risk_alert_subject ON risk_alert (subject_id, raised_at);

-- each partner's refusals in the current window (PARTNER_REFUSALS), its row locked while counted
CREATE TABLE partner_refusal_window (
    partner_id   VARCHAR(64) NOT NULL PRIMARY KEY,
    window_start TIMESTAMP   NOT NULL,
    refusals     BIGINT      NOT NULL
);

ALTER TABLE points_account ADD COLUMN under_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE points_account ADD COLUMN recent_redemptions VARCHAR(400);
ALTER TABLE points_account ADD COLUMN accrual_count BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE points_account ADD COLUMN accrual_points BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE points_account ADD COLUMN earned_day INTEGER;
ALTER TABLE points_account ADD COLUMN earned_on_day BIGINT DEFAULT 0 NOT NULL;
-- the history an earning spike is judged against, from the ledger so far
UPDATE points_account SET
    accrual_count = (SELECT COUNT(*) FROM ledger_entry e
                     WHERE e.customer_id = points_account.customer_id AND e.entry_type = 'ACCRUAL'),
    accrual_points = COALESCE((SELECT SUM(e.points) FROM ledger_entry e
                               WHERE e.customer_id = points_account.customer_id AND e.entry_type = 'ACCRUAL'), 0);

ALTER TABLE redemption_order ADD COLUMN address_key VARCHAR(64);
CREATE INDEX redemption_order_by_address ON redemption_order (address_key, created_at);
