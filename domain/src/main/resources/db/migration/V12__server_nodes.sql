-- The servers running now: each writes a heartbeat every few seconds, so every server knows how
-- many share the work (a partner's rate limit is split between them) without asking per request.
CREATE TABLE server_node (
    node_id    VARCHAR(64) NOT NULL PRIMARY KEY,
    started_at TIMESTAMP   NOT NULL,
    seen_at    TIMESTAMP   NOT NULL
);
CREATE INDEX server_node_seen ON server_node (seen_at);
