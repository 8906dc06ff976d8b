-- The points ledger: accounts, append-only entries, lots with expiry, and how entries moved lots.
-- Invariant: points_account.balance = sum(ledger_entry.points) = sum(points_lot.remaining_points).

CREATE TABLE points_account (
    customer_id VARCHAR(64) NOT NULL PRIMARY KEY REFERENCES customer (id),
    balance     BIGINT      NOT NULL CHECK (balance >= 0),
    shortfall   BIGINT      NOT NULL CHECK (shortfall >= 0),
    opened_at   TIMESTAMP   NOT NULL
);

CREATE SEQUENCE ledger_entry_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE ledger_entry (
    id              BIGINT       NOT NULL PRIMARY KEY,
    customer_id     VARCHAR(64)  NOT NULL REFERENCES points_account (customer_id),
    entry_type      VARCHAR(16)  NOT NULL,
    points          BIGINT       NOT NULL CHECK (points <> 0),
    balance_after   BIGINT       NOT NULL CHECK (balance_after >= 0),
    reference       VARCHAR(100) NOT NULL,
    description     VARCHAR(500) NOT NULL,
    actor           VARCHAR(100) NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    undoes_entry_id BIGINT REFERENCES ledger_entry (id)
);
CREATE INDEX ledger_entry_by_customer ON ledger_entry (customer_id, id);

CREATE SEQUENCE points_lot_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE points_lot (
    id                 BIGINT      NOT NULL PRIMARY KEY,
    customer_id        VARCHAR(64) NOT NULL REFERENCES points_account (customer_id),
    earned_at          TIMESTAMP   NOT NULL,
    expires_at         TIMESTAMP   NOT NULL,
    original_points    BIGINT      NOT NULL CHECK (original_points > 0),
    remaining_points   BIGINT      NOT NULL CHECK (remaining_points >= 0),
    expired_points     BIGINT      NOT NULL CHECK (expired_points >= 0),
    earned_by_entry_id BIGINT      NOT NULL REFERENCES ledger_entry (id),
    CHECK (remaining_points + expired_points <= original_points)
);
CREATE INDEX points_lot_by_customer ON points_lot (customer_id, expires_at);
CREATE INDEX points_lot_by_expiry ON points_lot (expires_at, remaining_points);

CREATE SEQUENCE lot_movement_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE lot_movement (
    id       BIGINT NOT NULL PRIMARY KEY,
    entry_id BIGINT NOT NULL REFERENCES ledger_entry (id),
    lot_id   BIGINT NOT NULL REFERENCES points_lot (id),
    points   BIGINT NOT NULL CHECK (points <> 0)
);
CREATE INDEX lot_movement_by_entry ON lot_movement (entry_id);
CREATE INDEX lot_movement_by_lot ON lot_movement (lot_id);

-- Earning rules are data. A change of terms is a new rule with new dates; old rules stay, so a
-- transaction earns by the rules in force when it happened.
CREATE TABLE earning_rule (
    code            VARCHAR(64)    NOT NULL PRIMARY KEY,
    name            VARCHAR(200)   NOT NULL,
    activity        VARCHAR(32)    NOT NULL,
    fixed_points    BIGINT         NOT NULL CHECK (fixed_points >= 0),
    points_per_step BIGINT         NOT NULL CHECK (points_per_step >= 0),
    step_amount     NUMERIC(19, 2) CHECK (step_amount > 0),
    min_amount      NUMERIC(19, 2) NOT NULL CHECK (min_amount >= 0),
    tier_multiplied BOOLEAN        NOT NULL,
    effective_from  TIMESTAMP      NOT NULL,
    effective_to    TIMESTAMP
);
CREATE INDEX earning_rule_by_activity ON earning_rule (activity);

CREATE TABLE star_level_multiplier (
    star_level INTEGER       NOT NULL PRIMARY KEY,
    multiplier NUMERIC(6, 3) NOT NULL CHECK (multiplier >= 1)
);

CREATE TABLE accrual (
    source_txn_id          VARCHAR(64)    NOT NULL PRIMARY KEY,
    customer_id            VARCHAR(64)    NOT NULL REFERENCES points_account (customer_id),
    activity               VARCHAR(32)    NOT NULL,
    amount                 NUMERIC(19, 2) NOT NULL,
    currency               VARCHAR(3)     NOT NULL,
    occurred_at            TIMESTAMP      NOT NULL,
    received_at            TIMESTAMP      NOT NULL,
    points                 BIGINT         NOT NULL,
    balance_after          BIGINT         NOT NULL,
    entry_id               BIGINT REFERENCES ledger_entry (id),
    lot_id                 BIGINT REFERENCES points_lot (id),
    reversed_at            TIMESTAMP,
    reversed_points        BIGINT,
    reversal_shortfall     BIGINT,
    balance_after_reversal BIGINT
);
CREATE INDEX accrual_by_customer ON accrual (customer_id);

CREATE TABLE accrual_line (
    source_txn_id VARCHAR(64) NOT NULL REFERENCES accrual (source_txn_id),
    line_no       INTEGER     NOT NULL,
    kind          VARCHAR(16) NOT NULL,
    name          VARCHAR(64) NOT NULL,
    points        BIGINT      NOT NULL,
    PRIMARY KEY (source_txn_id, line_no)
);

-- The seed's examples (domain.md): a deposit earns 20, a card purchase 5, project financing 10
-- per 500,000 yuan. Per-step rates round down to whole steps.
INSERT INTO earning_rule (code, name, activity, fixed_points, points_per_step, step_amount, min_amount, tier_multiplied, effective_from, effective_to) VALUES
 ('DEPOSIT_BASE',           'Deposit: 20 points per deposit of 100 yuan or more',        'DEPOSIT',           20, 0,  NULL,      100.00,    TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('TIME_DEPOSIT_BASE',      'Time deposit: 20 points, plus 1 per 10,000 yuan',           'TIME_DEPOSIT',      20, 1,  10000.00,  10000.00,  TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('CARD_SPEND_BASE',        'Card purchase: 5 points per purchase',                       'CARD_SPEND',        5,  0,  NULL,      1.00,      TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('PROJECT_FINANCING_BASE', 'Project financing: 10 points per 500,000 yuan',              'PROJECT_FINANCING', 0,  10, 500000.00, 500000.00, FALSE, TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('LOAN_BASE',              'Loan: 10 points per 500,000 yuan',                           'LOAN',              0,  10, 500000.00, 500000.00, FALSE, TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('MORTGAGE_BASE',          'Mortgage: 5 points per 100,000 yuan',                        'MORTGAGE',          0,  5,  100000.00, 100000.00, FALSE, TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('WEALTH_PRODUCT_BASE',    'Wealth product: 2 points per 10,000 yuan',                   'WEALTH_PRODUCT',    0,  2,  10000.00,  10000.00,  TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('FUND_BASE',              'Fund: 2 points per 10,000 yuan',                             'FUND',              0,  2,  10000.00,  10000.00,  TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('INSURANCE_BASE',         'Insurance: 5 points per 10,000 yuan of premium',             'INSURANCE',         0,  5,  10000.00,  10000.00,  TRUE,  TIMESTAMP '2020-01-01 00:00:00', NULL),
 ('SETTLEMENT_BASE',        'Settlement: 2 points per remittance of 100 yuan or more',    'SETTLEMENT',        2,  0,  NULL,      100.00,    FALSE, TIMESTAMP '2020-01-01 00:00:00', NULL);

INSERT INTO star_level_multiplier (star_level, multiplier) VALUES
 (0, 1.000), (1, 1.000), (3, 1.000), (4, 1.000), (5, 1.100), (6, 1.200), (7, 1.500);

-- Customers registered before the ledger existed get their account now.
INSERT INTO points_account (customer_id, balance, shortfall, opened_at)
SELECT id, 0, 0, created_at FROM customer;
