-- The raw-SQL floor of a balance read: one indexed row.
-- pgbench -D customers=10000
\set c random(1, :customers)
SELECT balance FROM points_account WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0');
