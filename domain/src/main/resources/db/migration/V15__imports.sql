-- Files from core banking (issue 15). A file is claimed by its SHA-256, so it is imported once
-- however many servers see it and however often it is sent again. Its counters move in the same
-- transaction as the batch job's checkpoint, so they say exactly how far the job got.
CREATE TABLE import_file (
    id            VARCHAR(40)   NOT NULL PRIMARY KEY,
    sha256        CHAR(64)      NOT NULL,
    kind          VARCHAR(20)   NOT NULL,
    name          VARCHAR(255)  NOT NULL,
    size_bytes    BIGINT        NOT NULL,
    stored_at     VARCHAR(1000) NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    message       VARCHAR(1000),
    reject_share  NUMERIC(5, 4) NOT NULL,
    rows_total    BIGINT,
    rows_done     BIGINT        NOT NULL DEFAULT 0,
    rows_applied  BIGINT        NOT NULL DEFAULT 0,
    rows_already  BIGINT        NOT NULL DEFAULT 0,
    rows_rejected BIGINT        NOT NULL DEFAULT 0,
    job_execution BIGINT,
    received_by   VARCHAR(100)  NOT NULL,
    received_at   TIMESTAMP     NOT NULL,
    started_at    TIMESTAMP,
    finished_at   TIMESTAMP,
    CONSTRAINT import_file_once UNIQUE (sha256)
);
CREATE INDEX import_file_received ON import_file (received_at);

-- Each refused row of a file: where (line), what (the transaction's id, the field) and why.
CREATE TABLE import_reject (
    file_id   VARCHAR(40)  NOT NULL REFERENCES import_file (id),
    line_no   BIGINT       NOT NULL,
    reference VARCHAR(64),
    field     VARCHAR(64),
    reason    VARCHAR(500) NOT NULL,
    PRIMARY KEY (file_id, line_no)
);

-- The customers a file's rows touched, written with each chunk's checkpoint, so that when the file
-- is done partners hear once per customer of the balance it left (not once per row). A chunk
-- done again after a crash writes its customers again: they are read back distinct.
CREATE TABLE import_customer (
    file_id     VARCHAR(40) NOT NULL REFERENCES import_file (id),
    customer_id VARCHAR(64) NOT NULL
);
CREATE INDEX import_customer_of_file ON import_customer (file_id, customer_id);
