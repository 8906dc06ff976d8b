-- Registered partners and carriers: a token's "partner" or "carrier" claim must name an ACTIVE one.
-- LINKED partners see only the customers core banking linked to them, with the customer's consent.

CREATE TABLE partner (
    id                    VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                  VARCHAR(100) NOT NULL,
    status                VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    customer_scope        VARCHAR(16)  NOT NULL CHECK (customer_scope IN ('ALL_CUSTOMERS', 'LINKED')),
    rate_limit_per_second INTEGER      NOT NULL CHECK (rate_limit_per_second > 0),
    burst                 INTEGER      NOT NULL CHECK (burst >= rate_limit_per_second),
    registered_at         TIMESTAMP    NOT NULL,
    registered_by         VARCHAR(100) NOT NULL,
    updated_at            TIMESTAMP    NOT NULL,
    updated_by            VARCHAR(100) NOT NULL
);

CREATE TABLE carrier (
    id            VARCHAR(64)  NOT NULL PRIMARY KEY,
    name          VARCHAR(100) NOT NULL,
    status        VARCHAR(16)  NOT NULL CHECK (status IN ('ACTIVE', 'SUSPENDED')),
    registered_at TIMESTAMP    NOT NULL,
    registered_by VARCHAR(100) NOT NULL,
    updated_at    TIMESTAMP    NOT NULL,
    updated_by    VARCHAR(100) NOT NULL
);

-- The service checks that the customer exists when core banking links it.
CREATE TABLE partner_customer (
    partner_id   VARCHAR(64)  NOT NULL REFERENCES partner (id),
    customer_id  VARCHAR(64)  NOT NULL,
    consented_at TIMESTAMP    NOT NULL,
    linked_at    TIMESTAMP    NOT NULL,
    linked_by    VARCHAR(100) NOT NULL,
    PRIMARY KEY (partner_id, customer_id)
);
CREATE INDEX partner_customer_by_customer ON partner_customer (customer_id);
