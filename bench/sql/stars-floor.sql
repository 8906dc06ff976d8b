-- The raw-SQL floor of a star-figures file: COPY into a staging table, then, set-based and in one
-- transaction, what the import writes for each customer: last month's figures deleted, the
-- month's inserted (one row per component reported), and the customer's period, star points
-- (each component rounded down, as the app rates them), contribution level and version updated.
-- It has the shape of the import's work with none of its rules (service levels, triggers, level
-- moves, refused rows). bench/stars-run writes the path of the file without its trailer in place
-- of BODY_CSV (psql's \copy, which reads the file on the client, takes no variables).
\set ON_ERROR_STOP on
BEGIN;
CREATE TEMP TABLE staging (customer_id text, period_end date, short_term numeric, medium_long numeric,
                           mortgage numeric, loans numeric, overdraft numeric, investment numeric, card numeric,
                           settlement numeric) ON COMMIT DROP;
\copy staging FROM 'BODY_CSV' WITH (FORMAT csv, HEADER true)
DELETE FROM customer_star_figure f USING staging s WHERE f.customer_id = s.customer_id;
INSERT INTO customer_star_figure (customer_id, component, amount)
SELECT s.customer_id, v.component, v.amount
FROM staging s CROSS JOIN LATERAL (VALUES ('SHORT_TERM_ASSETS', s.short_term), ('MEDIUM_LONG_TERM_ASSETS', s.medium_long),
    ('HOUSING_MORTGAGE', s.mortgage), ('OTHER_PERSONAL_LOANS', s.loans), ('CREDIT_CARD_OVERDRAFT', s.overdraft),
    ('INVESTMENT_TRANSACTIONS', s.investment), ('CARD_PURCHASES', s.card), ('SETTLEMENT', s.settlement)) AS v(component, amount)
WHERE v.amount IS NOT NULL;
UPDATE customer c
SET star_figures_period_end = r.period_end, star_points = r.star_points,
    contribution_star_level = CASE WHEN r.star_points >= 80000 THEN 7 WHEN r.star_points >= 10000 THEN 6
        WHEN r.star_points >= 2000 THEN 5 WHEN r.star_points >= 500 THEN 4 WHEN r.star_points >= 50 THEN 3
        WHEN r.star_points > 0 THEN 1 ELSE 0 END,
    updated_at = now() AT TIME ZONE 'UTC', version = c.version + 1
FROM (SELECT customer_id, period_end,
             floor(coalesce(short_term, 0) * 135 / 10000) + floor(coalesce(medium_long, 0) * 100 / 10000)
             + floor(coalesce(mortgage, 0) * 100 / 10000) + floor(coalesce(loans, 0) * 200 / 10000)
             + floor(coalesce(overdraft, 0) * 200 / 10000) + floor(coalesce(investment, 0) * 200 / 10000)
             + floor(coalesce(card, 0) * 400 / 10000) + floor(coalesce(settlement, 0) * 200 / 10000) AS star_points
      FROM staging) r
WHERE c.id = r.customer_id;
COMMIT;
