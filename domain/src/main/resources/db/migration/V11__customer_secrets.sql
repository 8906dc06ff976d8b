-- Customer secrets: a pickup code is kept only as a salted PBKDF2 hash (pbkdf2-sha256$iterations$salt$hash),
-- never in clear, so no staff member, export or backup can read the code the clerk has to check.
ALTER TABLE redemption_order ADD COLUMN pickup_code_hash VARCHAR(120);

-- Codes stored in clear before cannot be hashed here (PBKDF2 is not SQL), and every staff member
-- could have read them: they are invalidated rather than carried over. A pickup still waiting keeps
-- its place and its count of wrong tries; hand-over refuses it (409) until the ordering partner
-- issues the customer a new code (POST /api/v1/orders/{orderId}/pickup-code).
ALTER TABLE redemption_order DROP COLUMN pickup_code;
