-- A published report edition never changes (see db/migration/V8__report_editions.sql); PostgreSQL's twin is
-- db/dialect/postgresql/V8_1__report_editions_append_only.sql.
CREATE TRIGGER report_edition_append_only BEFORE UPDATE, DELETE ON report_edition FOR EACH ROW
    CALL 'nl.veiligheidsagenda.app.report.EditionGuard';
CREATE TRIGGER report_edition_file_append_only BEFORE UPDATE, DELETE ON report_edition_file FOR EACH ROW
    CALL 'nl.veiligheidsagenda.app.report.EditionGuard';
