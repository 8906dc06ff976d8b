-- Customers as core banking reports them, and the figures their star levels come from.
-- Instants are stored as UTC timestamps: the server runs in UTC (jvm.options) and so does every bank server.
CREATE TABLE customer (
    id                      VARCHAR(64)  NOT NULL PRIMARY KEY,
    name                    VARCHAR(200) NOT NULL,
    phone                   VARCHAR(40),
    status                  VARCHAR(16)  NOT NULL,
    blacklisted             BOOLEAN      NOT NULL,
    risk_level              VARCHAR(16)  NOT NULL,
    credit_rating           VARCHAR(8)   NOT NULL,
    star_figures_period_end DATE,
    star_points             BIGINT       NOT NULL,
    contribution_star_level INTEGER      NOT NULL,
    override_level          INTEGER,
    override_reason         VARCHAR(500),
    override_until          DATE,
    override_by             VARCHAR(100),
    created_at              TIMESTAMP NOT NULL,
    updated_at              TIMESTAMP NOT NULL,
    version                 BIGINT       NOT NULL
);

CREATE TABLE customer_holding (
    customer_id VARCHAR(64) NOT NULL REFERENCES customer (id),
    holding     VARCHAR(32) NOT NULL,
    PRIMARY KEY (customer_id, holding)
);

CREATE TABLE customer_star_figure (
    customer_id VARCHAR(64)    NOT NULL REFERENCES customer (id),
    component   VARCHAR(40)    NOT NULL,
    amount      NUMERIC(19, 2) NOT NULL,
    PRIMARY KEY (customer_id, component)
);
