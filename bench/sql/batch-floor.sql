-- The raw-SQL floor of a transactions file: COPY into a staging table, then set-based inserts of
-- the rows the import writes for each accrual (ledger entry, lot, lot movement, accrual and its
-- breakdown line, outbox event) and each account's new balance, all in one transaction, the
-- accounts locked in customer order first. Reversals are left out (half a percent of the rows),
-- and every accrual credits 20 points (the app computes them by the earning rules): the work has
-- the shape of the import's, with none of its rules. Its ids are the file's prefixed with "floor-",
-- so it runs beside the import in one database.
-- bench/batch-run writes the path of the file without its trailer line in place of BODY_CSV
-- (psql's \copy, which reads the file on the client, takes no variables).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE staging (type text, source_txn_id text, customer_id text, activity text, product_code text,
                           amount text, currency text, occurred_at text) ON COMMIT DROP;
\copy staging FROM 'BODY_CSV' WITH (FORMAT csv, HEADER true)
CREATE TEMP TABLE stage ON COMMIT DROP AS
SELECT 'floor-' || s.source_txn_id AS txn, s.customer_id, s.activity, s.amount::numeric AS amount,
       s.occurred_at::timestamptz AT TIME ZONE 'UTC' AS occurred_at,
       a.balance + 20 * row_number() OVER (PARTITION BY s.customer_id ORDER BY s.source_txn_id) AS balance_after,
       nextval('ledger_entry_seq') AS entry_id, nextval('points_lot_seq') AS lot_id,
       nextval('lot_movement_seq') AS movement_id
FROM staging s JOIN points_account a USING (customer_id)
WHERE s.type = 'ACCRUAL';
SELECT count(*) FROM (SELECT customer_id FROM points_account
                      WHERE customer_id IN (SELECT customer_id FROM stage) ORDER BY customer_id FOR UPDATE) locked;
INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
SELECT entry_id, customer_id, 'ACCRUAL', 20, balance_after, txn, activity || ' ' || amount || ' CNY', 'floor', occurred_at
FROM stage;
INSERT INTO points_lot (id, customer_id, earned_at, expires_at, original_points, remaining_points, expired_points,
                        earned_by_entry_id)
SELECT lot_id, customer_id, occurred_at, TIMESTAMP '2028-12-31 16:00:00', 20, 20, 0, entry_id FROM stage;
INSERT INTO lot_movement (id, entry_id, lot_id, customer_id, points) SELECT movement_id, entry_id, lot_id, customer_id, 20 FROM stage;
INSERT INTO accrual (source_txn_id, customer_id, activity, amount, currency, occurred_at, received_at, points,
                     rule_points, balance_after, entry_id, lot_id)
SELECT txn, customer_id, activity, amount, 'CNY', occurred_at, now() AT TIME ZONE 'UTC', 20, 20, balance_after, entry_id, lot_id
FROM stage;
INSERT INTO accrual_line (source_txn_id, line_no, customer_id, kind, name, points) SELECT txn, 0, customer_id, 'RULE', 'FLOOR', 20 FROM stage;
INSERT INTO outbox_event (id, event_id, event_type, aggregate_id, customer_id, payload, created_at)
SELECT nextval('outbox_event_seq'), gen_random_uuid()::text, 'points.changed', entry_id::text, customer_id,
       '{"customerId":"' || customer_id || '","entryId":' || entry_id || ',"points":20,"balanceAfter":' || balance_after || '}',
       now() AT TIME ZONE 'UTC' FROM stage;
UPDATE points_account a SET balance = s.balance_after
FROM (SELECT customer_id, max(balance_after) AS balance_after FROM stage GROUP BY customer_id) s
WHERE a.customer_id = s.customer_id;
COMMIT;
