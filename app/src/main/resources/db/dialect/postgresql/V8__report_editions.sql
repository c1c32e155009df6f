-- Published editions of the yearly progress report: PostgreSQL's twin of db/dialect/h2/V8__report_editions.sql.
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

CREATE FUNCTION report_edition_refuse_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    RAISE EXCEPTION 'a published report edition never changes'
        USING ERRCODE = 'insufficient_privilege';
END;
$$;

CREATE TRIGGER report_edition_append_only BEFORE UPDATE OR DELETE ON report_edition FOR EACH ROW
    EXECUTE FUNCTION report_edition_refuse_change();
CREATE TRIGGER report_edition_no_truncate BEFORE TRUNCATE ON report_edition FOR EACH STATEMENT
    EXECUTE FUNCTION report_edition_refuse_change();
CREATE TRIGGER report_edition_file_append_only BEFORE UPDATE OR DELETE ON report_edition_file FOR EACH ROW
    EXECUTE FUNCTION report_edition_refuse_change();
CREATE TRIGGER report_edition_file_no_truncate BEFORE TRUNCATE ON report_edition_file FOR EACH STATEMENT
    EXECUTE FUNCTION report_edition_refuse_change();
