-- Where staff sign in from (issue 16): one staff user signing in from many addresses is an alert.
CREATE TABLE staff_sign_in (
    id           VARCHAR(36) NOT NULL PRIMARY KEY,
    username     VARCHAR(64) NOT NULL,
    address      VARCHAR(64) NOT NULL,
    signed_in_at TIMESTAMP   NOT NULL
);
CREATE INDEX staff_sign_in_by_user ON staff_sign_in (username, signed_in_at);

INSERT INTO alert_rule (rule, enabled, severity, threshold, window_minutes, places_hold) VALUES
    ('STAFF_SIGN_INS', TRUE, 'HIGH', 3, 60, FALSE);
