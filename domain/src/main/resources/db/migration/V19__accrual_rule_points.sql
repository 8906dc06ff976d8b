-- The points an accrual's earning rule gave, on the accrual itself (they were only in its lines):
-- a campaign simulation sums a month of accruals by them, and a join to every line of a month made
-- PostgreSQL loop over lines whenever its statistics lagged behind a night's files.
ALTER TABLE accrual ADD COLUMN rule_points BIGINT DEFAULT 0 NOT NULL;
UPDATE accrual SET rule_points = (SELECT COALESCE(SUM(l.points), 0) FROM accrual_line l
                                  WHERE l.source_txn_id = accrual.source_txn_id AND l.kind = 'RULE');
