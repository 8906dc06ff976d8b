-- Every customer-owned table carries the customer's id (docs/scaling.md): a distributed PostgreSQL
-- sharded by customer keeps a customer's rows on one node only when each row names the customer.
-- The three child tables that reached the customer only through their parent now name it too.
ALTER TABLE lot_movement ADD COLUMN customer_id VARCHAR(64);
UPDATE lot_movement SET customer_id = (SELECT l.customer_id FROM points_lot l WHERE l.id = lot_movement.lot_id);
ALTER TABLE lot_movement ALTER COLUMN customer_id SET NOT NULL;

ALTER TABLE accrual_line ADD COLUMN customer_id VARCHAR(64);
UPDATE accrual_line SET customer_id = (SELECT a.customer_id FROM accrual a WHERE a.source_txn_id = accrual_line.source_txn_id);
ALTER TABLE accrual_line ALTER COLUMN customer_id SET NOT NULL;

ALTER TABLE order_status_change ADD COLUMN customer_id VARCHAR(64);
UPDATE order_status_change SET customer_id = (SELECT o.customer_id FROM redemption_order o WHERE o.id = order_status_change.order_id);
ALTER TABLE order_status_change ALTER COLUMN customer_id SET NOT NULL;
