-- The customers of the nightly-file benchmark, written straight into the app's tables after its
-- migrations ran: :customers customers FC-000001.., ACTIVE, LOW risk, AA, each with a history of
-- one earlier accrual of 100 points (the accrual and its line, ledger entry, lot, lot movement, as
-- the app writes them), so the ledger tables hold what a bank's do before the night's file and
-- PostgreSQL plans for their size.
-- (On a new, empty database the first large file would run while the planner still sees empty
-- tables: foreign-key checks scan them whole until an ANALYZE; see docs/batch-files.md.)
\set ON_ERROR_STOP on
BEGIN;
INSERT INTO customer (id, name, phone, status, blacklisted, risk_level, credit_rating, star_points,
                      contribution_star_level, created_at, updated_at, version, opened_on)
SELECT 'FC-' || lpad(i::text, 6, '0'), '批量客户' || i, '139' || lpad(i::text, 8, '0'), 'ACTIVE', FALSE, 'LOW', 'AA',
       0, 0, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0, DATE '2020-01-15'
FROM generate_series(1, :customers) AS i;
INSERT INTO points_account (customer_id, balance, shortfall, opened_at)
SELECT 'FC-' || lpad(i::text, 6, '0'), 100, 0, now() AT TIME ZONE 'UTC'
FROM generate_series(1, :customers) AS i;
CREATE TEMP TABLE seed_credit ON COMMIT DROP AS
SELECT 'FC-' || lpad(i::text, 6, '0') AS customer_id,
       nextval('ledger_entry_seq') AS entry_id, nextval('points_lot_seq') AS lot_id,
       nextval('lot_movement_seq') AS movement_id
FROM generate_series(1, :customers) AS i;
INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
SELECT entry_id, customer_id, 'ACCRUAL', 100, 100, 'hist-' || customer_id, 'DEPOSIT 5000.00 CNY', 'bench-seed',
       now() AT TIME ZONE 'UTC' - interval '30 days'
FROM seed_credit;
INSERT INTO points_lot (id, customer_id, earned_at, expires_at, original_points, remaining_points, expired_points,
                        earned_by_entry_id)
SELECT lot_id, customer_id, now() AT TIME ZONE 'UTC' - interval '30 days',
       (date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai') + interval '3 years') AT TIME ZONE 'Asia/Shanghai' AT TIME ZONE 'UTC',
       100, 100, 0, entry_id
FROM seed_credit;
INSERT INTO lot_movement (id, entry_id, lot_id, customer_id, points)
SELECT movement_id, entry_id, lot_id, customer_id, 100 FROM seed_credit;
INSERT INTO accrual (source_txn_id, customer_id, activity, amount, currency, occurred_at, received_at, points,
                     rule_points, balance_after, entry_id, lot_id)
SELECT 'hist-' || customer_id, customer_id, 'DEPOSIT', 5000.00, 'CNY', now() AT TIME ZONE 'UTC' - interval '30 days',
       now() AT TIME ZONE 'UTC' - interval '30 days', 100, 100, 100, entry_id, lot_id FROM seed_credit;
INSERT INTO accrual_line (source_txn_id, line_no, customer_id, kind, name, points)
SELECT 'hist-' || customer_id, 0, customer_id, 'RULE', 'DEPOSIT_BASE', 100 FROM seed_credit;
COMMIT;
ANALYZE;
