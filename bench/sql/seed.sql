-- Benchmark data, written straight into the app's own tables after its Flyway migrations ran
-- (bench/run starts the jar first). One set-based statement per table instead of 22,000 API
-- calls: the rows are those the app itself writes for the same facts.
--   :customers customers BC-00001.., each ACTIVE, LOW risk, AA, no star level, holding :funding
--   points as one credit (ledger entry + lot + lot movement, as PointsAccount.withNewLot writes it);
--   :gifts e-voucher gifts BG-0001.. (the first 10 are the "hot" ones), any partner, no minimum
--   star level, priced 100..199 points, :stock units each at the central warehouse.
\set ON_ERROR_STOP on
BEGIN;

INSERT INTO customer (id, name, phone, status, blacklisted, risk_level, credit_rating, star_points,
                      contribution_star_level, created_at, updated_at, version, opened_on)
SELECT 'BC-' || lpad(i::text, 5, '0'), '基准客户' || i, '138' || lpad(i::text, 8, '0'), 'ACTIVE', FALSE, 'LOW', 'AA',
       0, 0, now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0, DATE '2020-01-15'
FROM generate_series(1, :customers) AS i;

INSERT INTO points_account (customer_id, balance, shortfall, opened_at)
SELECT 'BC-' || lpad(i::text, 5, '0'), :funding, 0, now() AT TIME ZONE 'UTC'
FROM generate_series(1, :customers) AS i;

CREATE TEMP TABLE seed_credit ON COMMIT DROP AS
SELECT 'BC-' || lpad(i::text, 5, '0') AS customer_id,
       nextval('ledger_entry_seq') AS entry_id, nextval('points_lot_seq') AS lot_id,
       nextval('lot_movement_seq') AS movement_id
FROM generate_series(1, :customers) AS i;

INSERT INTO ledger_entry (id, customer_id, entry_type, points, balance_after, reference, description, actor, occurred_at)
SELECT entry_id, customer_id, 'ADJUSTMENT', :funding, :funding, 'bench-seed', 'benchmark funding', 'bench-seed',
       now() AT TIME ZONE 'UTC'
FROM seed_credit;

-- points earned now expire at the end of the calendar year two years on (bank calendar, stored in UTC)
INSERT INTO points_lot (id, customer_id, earned_at, expires_at, original_points, remaining_points, expired_points,
                        earned_by_entry_id)
SELECT lot_id, customer_id, now() AT TIME ZONE 'UTC',
       (date_trunc('year', now() AT TIME ZONE 'Asia/Shanghai') + interval '3 years') AT TIME ZONE 'Asia/Shanghai' AT TIME ZONE 'UTC',
       :funding, :funding, 0, entry_id
FROM seed_credit;

INSERT INTO lot_movement (id, entry_id, lot_id, customer_id, points)
SELECT movement_id, entry_id, lot_id, customer_id, :funding FROM seed_credit;

INSERT INTO gift (id, sku, name_zh, name_en, category, gift_type, points_price, min_star_level, unit_cost,
                  low_stock_threshold, status, created_at, updated_at, version)
SELECT 'BG-' || lpad(i::text, 4, '0'), 'BENCH-' || lpad(i::text, 4, '0'), '基准礼品' || i, 'Bench gift ' || i,
       'SHOPPING_VOUCHER', 'E_VOUCHER', 100 + (i % 100), 0, 1.00, 0, 'ACTIVE',
       now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0
FROM generate_series(1, :gifts) AS i;

INSERT INTO gift_channel (gift_id, channel)
SELECT 'BG-' || lpad(i::text, 4, '0'), 'E_VOUCHER' FROM generate_series(1, :gifts) AS i;

INSERT INTO stock_level (gift_id, location_code, quantity)
SELECT 'BG-' || lpad(i::text, 4, '0'), 'CENTRAL', :stock FROM generate_series(1, :gifts) AS i;

COMMIT;
ANALYZE;
