-- Staff who sign in to the admin UI, and the audit trail of every staff action.

CREATE TABLE staff_user (
    username        VARCHAR(64)  NOT NULL PRIMARY KEY,
    display_name    VARCHAR(100) NOT NULL,
    password_hash   VARCHAR(200) NOT NULL,
    failed_attempts INTEGER      NOT NULL CHECK (failed_attempts >= 0),
    locked_until    TIMESTAMP,
    created_at      TIMESTAMP    NOT NULL
);

CREATE TABLE staff_user_role (
    username   VARCHAR(64) NOT NULL REFERENCES staff_user (username),
    staff_role VARCHAR(16) NOT NULL,
    PRIMARY KEY (username, staff_role)
);

CREATE SEQUENCE audit_event_seq START WITH 1 INCREMENT BY 1;
CREATE TABLE audit_event (
    id          BIGINT        NOT NULL PRIMARY KEY,
    actor       VARCHAR(100)  NOT NULL,
    action      VARCHAR(64)   NOT NULL,
    subject     VARCHAR(100)  NOT NULL,
    details     VARCHAR(1000),
    occurred_at TIMESTAMP     NOT NULL
);
CREATE INDEX audit_event_by_time ON audit_event (occurred_at);
