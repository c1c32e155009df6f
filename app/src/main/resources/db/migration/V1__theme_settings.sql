-- Which themes a deployment runs. A theme without a row is on (a newly installed theme shows up at once).
CREATE TABLE theme_setting (
    theme_id   VARCHAR(64)  NOT NULL PRIMARY KEY,
    enabled    BOOLEAN      NOT NULL,
    changed_at TIMESTAMP WITH TIME ZONE NOT NULL,
    changed_by VARCHAR(200) NOT NULL
);
