-- The customers of the star-figures benchmark, written straight into the app's tables after its
-- migrations ran: :customers customers FC-000001.., ACTIVE, LOW risk, AA, each with last month's
-- report already held (short-term assets and card purchases, rated as the app rates them), one in
-- twenty with a gold credit card; so the month's file replaces figures, as a bank's does.
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE seed_figures ON COMMIT DROP AS
-- lpad would cut 1000000 to six digits; the generator writes it whole
SELECT 'FC-' || CASE WHEN i >= 1000000 THEN i::text ELSE lpad(i::text, 6, '0') END AS customer_id,
       round((20000 * exp(random() * 2 - 1))::numeric, 2) AS short_term,
       round((30000 * exp(random() * 2 - 1))::numeric, 2) AS card
FROM generate_series(1, :customers) AS i;
CREATE TEMP TABLE seed_rated ON COMMIT DROP AS
SELECT customer_id, short_term, card,
       floor(short_term * 135 / 10000) + floor(card * 400 / 10000) AS star_points
FROM seed_figures;
INSERT INTO customer (id, name, phone, status, blacklisted, risk_level, credit_rating, star_figures_period_end,
                      star_points, contribution_star_level, created_at, updated_at, version, opened_on)
SELECT customer_id, '星级客户' || substr(customer_id, 4), '139' || substr(customer_id, 4) || '00', 'ACTIVE', FALSE, 'LOW', 'AA',
       (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') - interval '1 month' - interval '1 day')::date,
       star_points,
       CASE WHEN star_points >= 80000 THEN 7 WHEN star_points >= 10000 THEN 6 WHEN star_points >= 2000 THEN 5
            WHEN star_points >= 500 THEN 4 WHEN star_points >= 50 THEN 3 WHEN star_points > 0 THEN 1 ELSE 0 END,
       now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC', 0, DATE '2020-01-15'
FROM seed_rated;
INSERT INTO customer_star_figure (customer_id, component, amount)
SELECT customer_id, 'SHORT_TERM_ASSETS', short_term FROM seed_rated
UNION ALL
SELECT customer_id, 'CARD_PURCHASES', card FROM seed_rated;
INSERT INTO customer_holding (customer_id, holding)
SELECT customer_id, 'GOLD_CREDIT_CARD' FROM seed_rated WHERE right(customer_id, 2) = '20';
COMMIT;
ANALYZE;
