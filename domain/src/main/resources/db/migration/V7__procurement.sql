-- Procurement: suppliers and their quotes, purchase orders with receipts, and the budget per period.

CREATE TABLE supplier (
    id         VARCHAR(40)  NOT NULL PRIMARY KEY,
    name       VARCHAR(200) NOT NULL,
    created_at TIMESTAMP    NOT NULL,
    version    BIGINT       NOT NULL
);

CREATE TABLE supplier_contact (
    supplier_id VARCHAR(40)  NOT NULL REFERENCES supplier (id),
    position    INTEGER      NOT NULL,
    name        VARCHAR(100) NOT NULL,
    phone       VARCHAR(40),
    email       VARCHAR(200),
    PRIMARY KEY (supplier_id, position)
);

-- One row per quantity tier: the unit price from min_quantity units up, valid from/to (inclusive).
CREATE SEQUENCE supplier_quote_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE supplier_quote (
    id           BIGINT         NOT NULL PRIMARY KEY,
    supplier_id  VARCHAR(40)    NOT NULL REFERENCES supplier (id),
    gift_id      VARCHAR(40)    NOT NULL REFERENCES gift (id),
    min_quantity INTEGER        NOT NULL CHECK (min_quantity >= 1),
    unit_price   NUMERIC(19, 2) NOT NULL CHECK (unit_price > 0),
    currency     VARCHAR(3)     NOT NULL,
    valid_from   DATE           NOT NULL,
    valid_to     DATE           NOT NULL,
    CHECK (valid_to >= valid_from)
);
CREATE INDEX supplier_quote_by_gift ON supplier_quote (gift_id, supplier_id);
CREATE INDEX supplier_quote_by_supplier ON supplier_quote (supplier_id);

-- Allocated money per month (2026-11) or quarter (2026-Q4); committed and spent change only
-- under a row lock, in the transaction of the approval or receipt that changes them.
CREATE SEQUENCE procurement_budget_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE procurement_budget (
    id              BIGINT         NOT NULL PRIMARY KEY,
    period          VARCHAR(8)     NOT NULL UNIQUE,
    currency        VARCHAR(3)     NOT NULL,
    allocated       NUMERIC(19, 2) NOT NULL CHECK (allocated >= 0),
    reserve_percent NUMERIC(5, 2)  NOT NULL CHECK (reserve_percent >= 15 AND reserve_percent <= 20),
    committed       NUMERIC(19, 2) NOT NULL CHECK (committed >= 0),
    spent           NUMERIC(19, 2) NOT NULL CHECK (spent >= 0),
    created_at      TIMESTAMP      NOT NULL,
    version         BIGINT         NOT NULL
);

CREATE SEQUENCE budget_alert_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE budget_alert (
    id                BIGINT         NOT NULL PRIMARY KEY,
    budget_id         BIGINT         NOT NULL REFERENCES procurement_budget (id),
    threshold_percent INTEGER        NOT NULL,
    used              NUMERIC(19, 2) NOT NULL,
    spendable         NUMERIC(19, 2) NOT NULL,
    order_id          VARCHAR(40),
    raised_at         TIMESTAMP      NOT NULL,
    UNIQUE (budget_id, threshold_percent)
);

CREATE TABLE purchase_order (
    id             VARCHAR(40)   NOT NULL PRIMARY KEY,
    supplier_id    VARCHAR(40)   NOT NULL REFERENCES supplier (id),
    budget_period  VARCHAR(8)    NOT NULL,
    currency       VARCHAR(3)    NOT NULL,
    status         VARCHAR(24)   NOT NULL,
    expected_by    DATE,
    created_by     VARCHAR(100)  NOT NULL,
    created_at     TIMESTAMP     NOT NULL,
    submitted_by   VARCHAR(100),
    submitted_at   TIMESTAMP,
    approved_by    VARCHAR(100),
    approved_at    TIMESTAMP,
    reserve_reason VARCHAR(500),
    closed_by      VARCHAR(100),
    closed_at      TIMESTAMP,
    cancel_reason  VARCHAR(500),
    version        BIGINT        NOT NULL
);
CREATE INDEX purchase_order_by_status ON purchase_order (status, created_at);

CREATE TABLE purchase_order_line (
    order_id          VARCHAR(40)    NOT NULL REFERENCES purchase_order (id),
    line_no           INTEGER        NOT NULL,
    gift_id           VARCHAR(40)    NOT NULL REFERENCES gift (id),
    quantity          INTEGER        NOT NULL CHECK (quantity > 0),
    unit_price        NUMERIC(19, 2) NOT NULL CHECK (unit_price > 0),
    location_code     VARCHAR(32)    NOT NULL REFERENCES stock_location (code),
    received_quantity INTEGER        NOT NULL CHECK (received_quantity >= 0),
    accepted_quantity INTEGER        NOT NULL CHECK (accepted_quantity >= 0),
    PRIMARY KEY (order_id, line_no),
    CHECK (received_quantity <= quantity),
    CHECK (accepted_quantity <= received_quantity)
);

CREATE SEQUENCE goods_receipt_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE goods_receipt (
    id            BIGINT       NOT NULL PRIMARY KEY,
    order_id      VARCHAR(40)  NOT NULL REFERENCES purchase_order (id),
    supplier_id   VARCHAR(40)  NOT NULL REFERENCES supplier (id),
    line_no       INTEGER      NOT NULL,
    gift_id       VARCHAR(40)  NOT NULL REFERENCES gift (id),
    location_code VARCHAR(32)  NOT NULL REFERENCES stock_location (code),
    received      INTEGER      NOT NULL CHECK (received > 0),
    accepted      INTEGER      NOT NULL CHECK (accepted >= 0),
    rejected      INTEGER      NOT NULL CHECK (rejected >= 0),
    reject_reason VARCHAR(500),
    on_time       BOOLEAN      NOT NULL,
    received_by   VARCHAR(100) NOT NULL,
    received_at   TIMESTAMP    NOT NULL,
    CHECK (accepted + rejected = received)
);
CREATE INDEX goods_receipt_by_order ON goods_receipt (order_id, id);
CREATE INDEX goods_receipt_by_supplier ON goods_receipt (supplier_id);
