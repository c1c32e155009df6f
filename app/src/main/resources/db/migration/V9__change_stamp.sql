-- A stamp that every write of figures, denominators, stories and action progress replaces in its own transaction
-- (JdbcFigureStore): an instance that keeps goal statuses in memory reads this one row to know whether they still
-- hold, also when the write ran on another instance on the same database.
CREATE TABLE change_stamp (
    name  VARCHAR(40) PRIMARY KEY,
    stamp BIGINT      NOT NULL
);

INSERT INTO change_stamp (name, stamp) VALUES ('figures', 0);
