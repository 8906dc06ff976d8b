-- How a star-figures file moved customers' service levels (issue 15): each chunk adds its tally of
-- (level before, level after, customers) with its checkpoint; the report sums them. Insert-only,
-- so partitions committing side by side never wait for one another.
CREATE TABLE import_level_move (
    file_id      VARCHAR(40) NOT NULL REFERENCES import_file (id),
    level_before INTEGER     NOT NULL,
    level_after  INTEGER     NOT NULL,
    customers    BIGINT      NOT NULL
);
CREATE INDEX import_level_move_of_file ON import_level_move (file_id);
