-- The raw-SQL floor of one e-voucher redemption order, on the app's tables: account lock, guarded
-- stock decrement, guarded debit, ledger insert, then the order row and the idempotency key (the
-- key's foreign key needs the order, and the order's needs the ledger entry). What the app adds on
-- top (eligibility reads, spending lots, status history, outbox, JPA, JSON, HTTP, auth) is the gap.
-- pgbench -D customers=10000 -D gifts=1000 (the hot row: -D gifts=10)
\set c random(1, :customers)
\set g random(1, :gifts)
\set price 100 + (:g % 100)
BEGIN;
SELECT balance FROM points_account WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0') FOR UPDATE;
UPDATE stock_level SET quantity = quantity - 1
 WHERE gift_id = 'BG-' || lpad(:g::text, 4, '0') AND location_code = 'CENTRAL' AND quantity >= 1;
UPDATE points_account SET balance = balance - :price
 WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0') AND balance >= :price RETURNING balance AS after \gset
INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
VALUES (nextval('ledger_entry_seq'), 'BC-' || lpad(:c::text, 5, '0'), 'REDEMPTION', -(:price::bigint), :after,
        'O-pgb-' || currval('ledger_entry_seq'), 'redemption of 1 × bench gift', 'pgbench', now() AT TIME ZONE 'UTC');
INSERT INTO redemption_order (id, partner_id, customer_id, gift_id, quantity, points_charged, status, channel,
                              stock_location, redemption_entry_id, created_at, updated_at, version)
VALUES ('O-pgb-' || currval('ledger_entry_seq'), 'bench', 'BC-' || lpad(:c::text, 5, '0'), 'BG-' || lpad(:g::text, 4, '0'),
        1, :price, 'PLACED', 'E_VOUCHER', 'CENTRAL', currval('ledger_entry_seq'),
        now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0);
INSERT INTO idempotency_key (partner_id, idem_key, request_hash, order_id, created_at)
VALUES ('bench-pgbench', 'pgb-' || currval('ledger_entry_seq'), md5(currval('ledger_entry_seq')::text),
        'O-pgb-' || currval('ledger_entry_seq'), now() AT TIME ZONE 'UTC');
COMMIT;
