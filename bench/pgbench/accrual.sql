-- The raw-SQL floor of one accrual (a DEPOSIT earning 20 points), on the app's tables: account
-- lock, ledger insert, lot insert, balance update, and the accrual row keyed by its source
-- transaction id (written last because it names the entry and the lot; the unique key costs the same).
-- pgbench -D customers=10000
\set c random(1, :customers)
BEGIN;
SELECT balance AS before FROM points_account WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0') FOR UPDATE \gset
INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
VALUES (nextval('ledger_entry_seq'), 'BC-' || lpad(:c::text, 5, '0'), 'ACCRUAL', 20, :before + 20,
        'pgb-' || currval('ledger_entry_seq'), 'DEPOSIT 1000.00 CNY', 'pgbench', now() AT TIME ZONE 'UTC');
INSERT INTO points_lot (id, customer_id, earned_at, expires_at, original_points, remaining_points, expired_points,
                        earned_by_entry_id)
VALUES (nextval('points_lot_seq'), 'BC-' || lpad(:c::text, 5, '0'), now() AT TIME ZONE 'UTC',
        TIMESTAMP '2028-12-31 16:00:00', 20, 20, 0, currval('ledger_entry_seq'));
UPDATE points_account SET balance = balance + 20 WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0');
INSERT INTO accrual (source_txn_id, customer_id, activity, amount, currency, occurred_at, received_at, points,
                     rule_points, balance_after, entry_id, lot_id)
VALUES ('pgb-' || currval('ledger_entry_seq'), 'BC-' || lpad(:c::text, 5, '0'), 'DEPOSIT', 1000.00, 'CNY',
        now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 20, 20, :before + 20, currval('ledger_entry_seq'),
        currval('points_lot_seq'));
COMMIT;
