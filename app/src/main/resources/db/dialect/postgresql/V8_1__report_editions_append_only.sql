-- A published report edition never changes (see db/migration/V8__report_editions.sql): PostgreSQL's twin of
-- db/dialect/h2/V8_1__report_editions_append_only.sql, with TRUNCATE refused too.
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
