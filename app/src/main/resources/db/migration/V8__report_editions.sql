-- Published editions of the yearly progress report (issue "Voortgangsrapportage"). An edition is published once
-- and never changes: the application only inserts, and the triggers of V8_1 (one per database, in db/dialect/)
-- refuse every update and delete. BYTEA is binary on both databases (on H2 an alias of BINARY VARYING).
CREATE TABLE report_edition (
    report_year  INTEGER      NOT NULL,
    edition      INTEGER      NOT NULL CHECK (edition >= 1),
    replaces     INTEGER      NOT NULL CHECK (replaces >= 0),
    published_by VARCHAR(200) NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (report_year, edition)
);

-- The bytes of each format as published, with their SHA-256 (hex) and size.
CREATE TABLE report_edition_file (
    report_year INTEGER     NOT NULL,
    edition     INTEGER     NOT NULL,
    format      VARCHAR(8)  NOT NULL CHECK (format IN ('PDF', 'HTML', 'CSV', 'ODS', 'XLSX')),
    media_type  VARCHAR(100) NOT NULL,
    sha256      CHAR(64)    NOT NULL,
    byte_count  BIGINT      NOT NULL,
    content     BYTEA       NOT NULL,
    PRIMARY KEY (report_year, edition, format),
    FOREIGN KEY (report_year, edition) REFERENCES report_edition (report_year, edition)
);
