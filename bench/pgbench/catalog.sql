-- The raw-SQL floor of a catalog page of 20 for a customer, as the app's queries ask for it
-- (JpaCatalogRepository: active gifts the partner may offer, cheapest first, id to keep pages
-- stable; the count; stock per gift; the channels), then what redeemability needs: the customer,
-- the balance and what the customer redeemed this calendar month (bank calendar, Asia/Shanghai).
-- Page rows, channels and stock come back in one statement here: the floor, not a copy of the app's round trips.
-- pgbench -D customers=10000 -D pages=50
\set c random(1, :customers)
\set p random(0, :pages - 1)
SELECT g.id, g.sku, g.name_zh, g.name_en, g.category, g.gift_type, g.points_price, g.min_star_level,
       g.min_credit_rating, g.image_url,
       (SELECT coalesce(sum(s.quantity), 0) FROM stock_level s WHERE s.gift_id = g.id) AS stock,
       (SELECT array_agg(c.channel) FROM gift_channel c WHERE c.gift_id = g.id) AS channels
  FROM gift g
 WHERE g.status = 'ACTIVE'
   AND (NOT EXISTS (SELECT 1 FROM gift_partner p1 WHERE p1.gift_id = g.id)
        OR EXISTS (SELECT 1 FROM gift_partner p2 WHERE p2.gift_id = g.id AND p2.partner_id = 'bench'))
 ORDER BY g.points_price, g.id LIMIT 20 OFFSET :p * 20;
SELECT count(*) FROM gift g
 WHERE g.status = 'ACTIVE'
   AND (NOT EXISTS (SELECT 1 FROM gift_partner p1 WHERE p1.gift_id = g.id)
        OR EXISTS (SELECT 1 FROM gift_partner p2 WHERE p2.gift_id = g.id AND p2.partner_id = 'bench'));
SELECT id, status, blacklisted, risk_level, credit_rating, contribution_star_level, override_level, override_until
  FROM customer WHERE id = 'BC-' || lpad(:c::text, 5, '0');
SELECT balance FROM points_account WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0');
SELECT coalesce(sum(points_charged), 0) FROM redemption_order
 WHERE customer_id = 'BC-' || lpad(:c::text, 5, '0')
   AND status NOT IN ('CANCELLED', 'REFUNDED', 'FAILED')
   AND created_at >= (date_trunc('month', now() AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'Asia/Shanghai') AT TIME ZONE 'UTC';
