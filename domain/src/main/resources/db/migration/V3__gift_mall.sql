-- The gift mall: catalog, stock per location, redemption orders, idempotency keys, outbox.

CREATE TABLE gift (
    id                  VARCHAR(40)    NOT NULL PRIMARY KEY,
    sku                 VARCHAR(64)    NOT NULL UNIQUE,
    name_zh             VARCHAR(200)   NOT NULL,
    name_en             VARCHAR(200)   NOT NULL,
    description_zh      VARCHAR(2000),
    description_en      VARCHAR(2000),
    category            VARCHAR(32)    NOT NULL,
    gift_type           VARCHAR(24)    NOT NULL,
    points_price        BIGINT         NOT NULL CHECK (points_price > 0),
    min_star_level      INTEGER        NOT NULL,
    min_credit_rating   VARCHAR(8),
    unit_cost           NUMERIC(19, 2) NOT NULL CHECK (unit_cost >= 0),
    low_stock_threshold INTEGER        NOT NULL CHECK (low_stock_threshold >= 0),
    image_url           VARCHAR(500),
    status              VARCHAR(16)    NOT NULL,
    created_at          TIMESTAMP      NOT NULL,
    updated_at          TIMESTAMP      NOT NULL,
    version             BIGINT         NOT NULL
);
CREATE INDEX gift_by_price ON gift (status, points_price);

CREATE TABLE gift_channel (
    gift_id VARCHAR(40) NOT NULL REFERENCES gift (id),
    channel VARCHAR(16) NOT NULL,
    PRIMARY KEY (gift_id, channel)
);

CREATE TABLE gift_partner (
    gift_id    VARCHAR(40) NOT NULL REFERENCES gift (id),
    partner_id VARCHAR(64) NOT NULL,
    PRIMARY KEY (gift_id, partner_id)
);

CREATE TABLE stock_location (
    code    VARCHAR(32)  NOT NULL PRIMARY KEY,
    name_zh VARCHAR(200) NOT NULL,
    name_en VARCHAR(200) NOT NULL,
    kind    VARCHAR(16)  NOT NULL,
    city    VARCHAR(100) NOT NULL,
    address VARCHAR(300)
);

-- Units never go below zero: the updates are guarded, and this constraint backs them.
CREATE TABLE stock_level (
    gift_id       VARCHAR(40) NOT NULL REFERENCES gift (id),
    location_code VARCHAR(32) NOT NULL REFERENCES stock_location (code),
    quantity      BIGINT      NOT NULL CHECK (quantity >= 0),
    PRIMARY KEY (gift_id, location_code)
);

CREATE SEQUENCE stock_adjustment_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE stock_adjustment (
    id             BIGINT       NOT NULL PRIMARY KEY,
    gift_id        VARCHAR(40)  NOT NULL REFERENCES gift (id),
    location_code  VARCHAR(32)  NOT NULL REFERENCES stock_location (code),
    delta          BIGINT       NOT NULL CHECK (delta <> 0),
    quantity_after BIGINT       NOT NULL CHECK (quantity_after >= 0),
    reason         VARCHAR(500) NOT NULL,
    actor          VARCHAR(100) NOT NULL,
    adjusted_at    TIMESTAMP    NOT NULL
);
CREATE INDEX stock_adjustment_by_gift ON stock_adjustment (gift_id, adjusted_at);

CREATE SEQUENCE low_stock_warning_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE low_stock_warning (
    id          BIGINT      NOT NULL PRIMARY KEY,
    gift_id     VARCHAR(40) NOT NULL REFERENCES gift (id),
    total_stock BIGINT      NOT NULL,
    threshold   INTEGER     NOT NULL,
    raised_at   TIMESTAMP   NOT NULL,
    resolved_at TIMESTAMP
);
CREATE INDEX low_stock_warning_open ON low_stock_warning (gift_id, resolved_at);

CREATE TABLE redemption_order (
    id                  VARCHAR(40)  NOT NULL PRIMARY KEY,
    partner_id          VARCHAR(64)  NOT NULL,
    customer_id         VARCHAR(64)  NOT NULL REFERENCES customer (id),
    gift_id             VARCHAR(40)  NOT NULL REFERENCES gift (id),
    quantity            INTEGER      NOT NULL CHECK (quantity > 0),
    points_charged      BIGINT       NOT NULL CHECK (points_charged > 0),
    status              VARCHAR(20)  NOT NULL,
    channel             VARCHAR(16)  NOT NULL,
    branch_code         VARCHAR(32) REFERENCES stock_location (code),
    recipient           VARCHAR(100),
    recipient_phone     VARCHAR(40),
    address_line1       VARCHAR(300),
    address_city        VARCHAR(100),
    postal_code         VARCHAR(12),
    stock_location      VARCHAR(32)  NOT NULL REFERENCES stock_location (code),
    voucher_code        VARCHAR(40) UNIQUE,
    pickup_code         VARCHAR(8),
    carrier             VARCHAR(64),
    tracking_number     VARCHAR(64),
    redemption_entry_id BIGINT       NOT NULL REFERENCES ledger_entry (id),
    created_at          TIMESTAMP    NOT NULL,
    updated_at          TIMESTAMP    NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX redemption_order_by_customer ON redemption_order (customer_id, created_at);
CREATE INDEX redemption_order_by_partner ON redemption_order (partner_id, created_at);
CREATE INDEX redemption_order_by_status ON redemption_order (status, created_at);

CREATE SEQUENCE order_status_change_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE order_status_change (
    id         BIGINT       NOT NULL PRIMARY KEY,
    order_id   VARCHAR(40)  NOT NULL REFERENCES redemption_order (id),
    status     VARCHAR(20)  NOT NULL,
    changed_at TIMESTAMP    NOT NULL,
    changed_by VARCHAR(100) NOT NULL,
    reason     VARCHAR(500)
);
CREATE INDEX order_status_change_by_order ON order_status_change (order_id, id);

-- Scoped to the partner: two storefronts may choose the same key.
CREATE TABLE idempotency_key (
    partner_id   VARCHAR(64) NOT NULL,
    idem_key     VARCHAR(64) NOT NULL,
    request_hash VARCHAR(64) NOT NULL,
    order_id     VARCHAR(40) NOT NULL REFERENCES redemption_order (id),
    created_at   TIMESTAMP   NOT NULL,
    PRIMARY KEY (partner_id, idem_key)
);

CREATE SEQUENCE outbox_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE outbox_event (
    id           BIGINT        NOT NULL PRIMARY KEY,
    event_id     VARCHAR(36)   NOT NULL UNIQUE,
    event_type   VARCHAR(64)   NOT NULL,
    aggregate_id VARCHAR(64)   NOT NULL,
    customer_id  VARCHAR(64),
    payload      VARCHAR(4000) NOT NULL,
    created_at   TIMESTAMP     NOT NULL,
    published_at TIMESTAMP
);
CREATE INDEX outbox_event_unpublished ON outbox_event (published_at, id);
CREATE INDEX outbox_event_by_aggregate ON outbox_event (aggregate_id, id);

INSERT INTO stock_location (code, name_zh, name_en, kind, city, address) VALUES
 ('CENTRAL',     '中央仓库',       'Central warehouse',       'WAREHOUSE', '北京 Beijing',   '北京市大兴区物流园路 8 号'),
 ('BJ-CHAOYANG', '北京朝阳支行',   'Beijing Chaoyang branch', 'BRANCH',    '北京 Beijing',   '北京市朝阳区建国路 88 号'),
 ('BJ-HAIDIAN',  '北京海淀支行',   'Beijing Haidian branch',  'BRANCH',    '北京 Beijing',   '北京市海淀区中关村大街 27 号'),
 ('SH-PUDONG',   '上海浦东支行',   'Shanghai Pudong branch',  'BRANCH',    '上海 Shanghai',  '上海市浦东新区陆家嘴环路 1000 号'),
 ('SH-JINGAN',   '上海静安支行',   'Shanghai Jing''an branch', 'BRANCH',   '上海 Shanghai',  '上海市静安区南京西路 1266 号'),
 ('GZ-TIANHE',   '广州天河支行',   'Guangzhou Tianhe branch', 'BRANCH',    '广州 Guangzhou', '广州市天河区珠江新城华夏路 10 号'),
 ('SZ-FUTIAN',   '深圳福田支行',   'Shenzhen Futian branch',  'BRANCH',    '深圳 Shenzhen',  '深圳市福田区深南大道 7888 号'),
 ('CD-JINJIANG', '成都锦江支行',   'Chengdu Jinjiang branch', 'BRANCH',    '成都 Chengdu',   '成都市锦江区红星路三段 1 号'),
 ('HZ-XIHU',     '杭州西湖支行',   'Hangzhou Xihu branch',    'BRANCH',    '杭州 Hangzhou',  '杭州市西湖区文三路 398 号');
