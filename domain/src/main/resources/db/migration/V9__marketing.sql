-- Marketing: earning rules managed by staff (versioned), customer segments, bonus-points
-- campaigns with a budget and an A/B hold-out, and triggers that award once per customer per event.

-- Earning rules get versions: a change closes the version in force and adds the next one, so a
-- transaction always earns by the version in force when it happened. The code stays the rule's
-- name in breakdowns. (Rebuilt rather than altered: the primary key changes.)
-- Ids below 1000 are the migrated rules'; new versions take theirs from the sequence.
CREATE SEQUENCE earning_rule_seq START WITH 1000 INCREMENT BY 1;
CREATE TABLE earning_rule_version (
    id                BIGINT         NOT NULL PRIMARY KEY,
    code              VARCHAR(64)    NOT NULL,
    version           INTEGER        NOT NULL CHECK (version >= 1),
    name              VARCHAR(200)   NOT NULL,
    activity          VARCHAR(32)    NOT NULL,
    product_code      VARCHAR(40),
    min_star_level    INTEGER,
    min_credit_rating VARCHAR(8),
    fixed_points      BIGINT         NOT NULL CHECK (fixed_points >= 0),
    points_per_step   BIGINT         NOT NULL CHECK (points_per_step >= 0),
    step_amount       NUMERIC(19, 2) CHECK (step_amount > 0),
    step_rounding     VARCHAR(8)     NOT NULL,
    min_amount        NUMERIC(19, 2) NOT NULL CHECK (min_amount >= 0),
    daily_cap         BIGINT CHECK (daily_cap > 0),
    monthly_cap       BIGINT CHECK (monthly_cap > 0),
    tier_multiplied   BOOLEAN        NOT NULL,
    effective_from    TIMESTAMP      NOT NULL,
    effective_to      TIMESTAMP,
    created_by        VARCHAR(100)   NOT NULL,
    created_at        TIMESTAMP      NOT NULL,
    UNIQUE (code, version)
);
INSERT INTO earning_rule_version (id, code, version, name, activity, product_code, min_star_level, min_credit_rating,
                                  fixed_points, points_per_step, step_amount, step_rounding, min_amount, daily_cap,
                                  monthly_cap, tier_multiplied, effective_from, effective_to, created_by, created_at)
SELECT ROW_NUMBER() OVER (ORDER BY code), code, 1, name, activity, NULL, NULL, NULL, fixed_points, points_per_step,
       step_amount, 'DOWN', min_amount, NULL, NULL, tier_multiplied, effective_from, effective_to, 'migration',
       effective_from
FROM earning_rule;
DROP TABLE earning_rule;
ALTER TABLE earning_rule_version RENAME TO earning_rule;
CREATE INDEX earning_rule_by_activity ON earning_rule (activity, effective_from);

-- What a transaction was (a product code lets rules and campaigns target products), and customers'
-- segments and account-opening day for campaigns and anniversary triggers.
ALTER TABLE accrual ADD COLUMN product_code VARCHAR(40);
CREATE INDEX accrual_by_occurred ON accrual (occurred_at);
CREATE INDEX accrual_line_by_name ON accrual_line (kind, name);
ALTER TABLE customer ADD COLUMN opened_on DATE;

CREATE TABLE customer_segment (
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (id),
    segment     VARCHAR(40) NOT NULL,
    PRIMARY KEY (customer_id, segment)
);
CREATE INDEX customer_segment_by_segment ON customer_segment (segment);

CREATE TABLE campaign (
    id               VARCHAR(40)    NOT NULL PRIMARY KEY,
    name             VARCHAR(64)    NOT NULL UNIQUE,
    description      VARCHAR(500),
    bonus_kind       VARCHAR(16)    NOT NULL,
    multiplier       NUMERIC(6, 3),
    fixed_bonus      BIGINT,
    activities       VARCHAR(400)   NOT NULL,
    product_codes    VARCHAR(1000)  NOT NULL,
    star_levels      VARCHAR(40)    NOT NULL,
    segments         VARCHAR(1000)  NOT NULL,
    starts_at        TIMESTAMP      NOT NULL,
    ends_at          TIMESTAMP      NOT NULL,
    per_customer_cap BIGINT CHECK (per_customer_cap > 0),
    budget           BIGINT         NOT NULL CHECK (budget > 0),
    points_issued    BIGINT         NOT NULL CHECK (points_issued >= 0),
    holdout_percent  INTEGER        NOT NULL CHECK (holdout_percent BETWEEN 0 AND 50),
    status           VARCHAR(20)    NOT NULL,
    created_by       VARCHAR(100)   NOT NULL,
    created_at       TIMESTAMP      NOT NULL,
    submitted_at     TIMESTAMP,
    decided_by       VARCHAR(100),
    decided_at       TIMESTAMP,
    decision_note    VARCHAR(500),
    stopped_by       VARCHAR(100),
    stopped_at       TIMESTAMP,
    stop_reason      VARCHAR(500),
    version          BIGINT         NOT NULL,
    CHECK (points_issued <= budget),
    CHECK (ends_at > starts_at)
);
CREATE INDEX campaign_by_window ON campaign (status, starts_at, ends_at);

-- Each transaction a campaign counted (treated or held out) and what it awarded: participants,
-- the per-customer cap and the results are tallied from these, and a reversal marks one reversed
-- (its points return to the budget). No foreign key to campaign: on PostgreSQL a foreign key
-- check takes a KEY SHARE lock on the campaign row, which would wait on (and deadlock with) the
-- FOR UPDATE locks accruals take on campaign rows in id order.
CREATE TABLE campaign_transaction (
    campaign_id   VARCHAR(40)    NOT NULL,
    source_txn_id VARCHAR(64)    NOT NULL,
    customer_id   VARCHAR(64)    NOT NULL,
    held_out      BOOLEAN        NOT NULL,
    points        BIGINT         NOT NULL CHECK (points >= 0),
    amount        NUMERIC(19, 2) NOT NULL,
    reversed      BOOLEAN        NOT NULL,
    PRIMARY KEY (campaign_id, source_txn_id)
);
CREATE INDEX campaign_transaction_by_txn ON campaign_transaction (source_txn_id);
CREATE INDEX campaign_transaction_by_customer ON campaign_transaction (campaign_id, customer_id);

CREATE TABLE award_trigger (
    id             VARCHAR(40)    NOT NULL PRIMARY KEY,
    name           VARCHAR(64)    NOT NULL UNIQUE,
    kind           VARCHAR(24)    NOT NULL,
    activity       VARCHAR(32),
    product_code   VARCHAR(40),
    min_amount     NUMERIC(19, 2),
    asset_threshold NUMERIC(19, 2),
    star_level     INTEGER,
    points         BIGINT         NOT NULL CHECK (points >= 0),
    gift_id        VARCHAR(40),
    partner_id     VARCHAR(64),
    active         BOOLEAN        NOT NULL,
    created_by     VARCHAR(100)   NOT NULL,
    created_at     TIMESTAMP      NOT NULL,
    version        BIGINT         NOT NULL,
    CHECK (points > 0 OR gift_id IS NOT NULL)
);

-- Once per customer per event: the unique key is the last word even if two servers race.
CREATE SEQUENCE trigger_award_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE trigger_award (
    id          BIGINT       NOT NULL PRIMARY KEY,
    trigger_id  VARCHAR(40)  NOT NULL REFERENCES award_trigger (id),
    customer_id VARCHAR(64)  NOT NULL REFERENCES customer (id),
    event_key   VARCHAR(100) NOT NULL,
    points      BIGINT       NOT NULL,
    order_id    VARCHAR(40),
    entry_id    BIGINT REFERENCES ledger_entry (id),
    lot_id      BIGINT REFERENCES points_lot (id),
    awarded_at  TIMESTAMP    NOT NULL,
    reversed_at TIMESTAMP,
    UNIQUE (trigger_id, customer_id, event_key)
);
CREATE INDEX trigger_award_by_trigger ON trigger_award (trigger_id, awarded_at);
CREATE INDEX trigger_award_by_event ON trigger_award (event_key);
