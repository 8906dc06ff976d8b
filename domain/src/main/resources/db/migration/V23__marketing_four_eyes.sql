-- Earning rules' versions and triggers wait for a second person, as campaigns do (issue 16).
-- What exists was in force before: approved.
ALTER TABLE earning_rule ADD COLUMN approval VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE earning_rule ADD COLUMN decided_by VARCHAR(100);
ALTER TABLE earning_rule ADD COLUMN row_version BIGINT DEFAULT 0 NOT NULL;
ALTER TABLE award_trigger ADD COLUMN approval VARCHAR(20) DEFAULT 'APPROVED' NOT NULL;
ALTER TABLE award_trigger ADD COLUMN decided_by VARCHAR(100);
