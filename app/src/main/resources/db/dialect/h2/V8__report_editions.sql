-- Published editions of the yearly progress report (issue "Voortgangsrapportage"). PostgreSQL's twin is
-- db/dialect/postgresql/V8__report_editions.sql: the same tables; only the append-only triggers differ.
-- An edition is published once and never changes: the application only inserts, the triggers refuse the rest.
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

CREATE TRIGGER report_edition_append_only BEFORE UPDATE, DELETE ON report_edition FOR EACH ROW
    CALL 'nl.veiligheidsagenda.app.report.EditionGuard';
CREATE TRIGGER report_edition_file_append_only BEFORE UPDATE, DELETE ON report_edition_file FOR EACH ROW
    CALL 'nl.veiligheidsagenda.app.report.EditionGuard';
