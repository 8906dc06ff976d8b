-- Fulfilment: door-to-door courier orders, the pickup-code lock-out, substitute offers awaiting the
-- customer's answer, unique tracking numbers, and carriers' status updates applied once each.

ALTER TABLE redemption_order ADD COLUMN door_to_door BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE redemption_order ADD COLUMN pickup_code_failures INTEGER DEFAULT 0 NOT NULL;
ALTER TABLE redemption_order ADD COLUMN substitute_gift_id VARCHAR(40);
ALTER TABLE redemption_order ADD COLUMN substitute_offered_at TIMESTAMP;
ALTER TABLE redemption_order ADD CONSTRAINT redemption_order_pickup_failures
    CHECK (pickup_code_failures >= 0);
ALTER TABLE redemption_order ADD CONSTRAINT redemption_order_substitute_gift
    FOREIGN KEY (substitute_gift_id) REFERENCES gift (id);

-- A carrier's update names the shipment by its tracking number: one order per number.
CREATE UNIQUE INDEX redemption_order_tracking ON redemption_order (tracking_number);
-- The board's overdue orders and the pickup expiry look orders up by state and time of last change.
CREATE INDEX redemption_order_by_status_change ON redemption_order (status, updated_at);

-- Applied carrier updates; the key makes a carrier's retry of the same event a no-op.
CREATE TABLE carrier_event (
    carrier         VARCHAR(100) NOT NULL,
    event_id        VARCHAR(64)  NOT NULL,
    tracking_number VARCHAR(64)  NOT NULL,
    order_id        VARCHAR(40)  NOT NULL REFERENCES redemption_order (id),
    status          VARCHAR(16)  NOT NULL,
    occurred_at     TIMESTAMP    NOT NULL,
    note            VARCHAR(300),
    received_at     TIMESTAMP    NOT NULL,
    PRIMARY KEY (carrier, event_id)
);
CREATE INDEX carrier_event_by_order ON carrier_event (order_id, received_at);
