-- The raw-SQL floor of one bulk-accrual batch: 1,000 DEPOSIT accruals (20 points each) over 1,000
-- distinct customers, set-based. The same rows the API's batch writes: the accounts locked in
-- customer-id order, then in one statement the ledger entries, lots, lot movements, balance
-- updates, accruals, their breakdown lines and one outbox event per entry. The customers of a
-- batch are (base + 7·n) mod customers, n = 1..1000, as bench/wrk/bulk.lua picks them.
-- pgbench -D customers=10000; tps × 1,000 = accruals per second
\set base random(0, :customers - 1)
BEGIN;
SELECT count(*) FROM (
    SELECT customer_id FROM points_account
    WHERE customer_id IN (SELECT 'BC-' || lpad(((:base + n * 7) % :customers + 1)::text, 5, '0')
                          FROM generate_series(1, 1000) n)
    ORDER BY customer_id FOR UPDATE) locked;
WITH stage AS MATERIALIZED (
    SELECT s.customer_id, a.balance + 20 AS balance_after, nextval('ledger_entry_seq') AS entry_id,
           nextval('points_lot_seq') AS lot_id, nextval('lot_movement_seq') AS movement_id
    FROM (SELECT 'BC-' || lpad(((:base + n * 7) % :customers + 1)::text, 5, '0') AS customer_id
          FROM generate_series(1, 1000) n) s
    JOIN points_account a USING (customer_id)
), entries AS (
    INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
    SELECT entry_id, customer_id, 'ACCRUAL', 20, balance_after, 'pgbb-' || entry_id, 'DEPOSIT 1000.00 CNY', 'pgbench',
           now() AT TIME ZONE 'UTC' FROM stage
), lots AS (
    INSERT INTO points_lot (id, customer_id, earned_at, expires_at, original_points, remaining_points, expired_points,
                            earned_by_entry_id)
    SELECT lot_id, customer_id, now() AT TIME ZONE 'UTC', TIMESTAMP '2028-12-31 16:00:00', 20, 20, 0, entry_id FROM stage
), movements AS (
    INSERT INTO lot_movement (id, entry_id, lot_id, customer_id, points) SELECT movement_id, entry_id, lot_id, customer_id, 20 FROM stage
), balances AS (
    UPDATE points_account a SET balance = s.balance_after FROM stage s WHERE a.customer_id = s.customer_id
), accruals AS (
    INSERT INTO accrual (source_txn_id, customer_id, activity, amount, currency, occurred_at, received_at, points,
                         rule_points, balance_after, entry_id, lot_id)
    SELECT 'pgbb-' || entry_id, customer_id, 'DEPOSIT', 1000.00, 'CNY', now() AT TIME ZONE 'UTC',
           now() AT TIME ZONE 'UTC', 20, 20, balance_after, entry_id, lot_id FROM stage
), lines AS (
    INSERT INTO accrual_line (source_txn_id, line_no, customer_id, kind, name, points)
    SELECT 'pgbb-' || entry_id, 0, customer_id, 'RULE', 'DEPOSIT_BASE', 20 FROM stage
)
INSERT INTO outbox_event (id, event_id, event_type, aggregate_id, customer_id, payload, created_at)
SELECT nextval('outbox_event_seq'), gen_random_uuid()::text, 'points.changed', entry_id::text, customer_id,
       '{"customerId":"' || customer_id || '","entryId":' || entry_id || ',"points":20,"balanceAfter":' || balance_after || '}',
       now() AT TIME ZONE 'UTC' FROM stage;
COMMIT;
