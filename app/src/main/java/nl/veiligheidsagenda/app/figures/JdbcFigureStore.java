package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.persistence.Transactions;
import nl.veiligheidsagenda.app.persistence.VersionedTable;
import nl.veiligheidsagenda.core.model.Denominator;

import javax.sql.DataSource;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Figures, denominators, stories and action progress in the database; every replaced row goes to its history, and
 * every write gives the store a new {@link #changeStamp()} in the same transaction.
 */
public final class JdbcFigureStore {

    private static final VersionedTable MEASUREMENTS = new VersionedTable("measurement",
            List.of("indicator_id", "series_id", "area", "report_year"),
            List.of("measured", "raw_count", "population", "status", "source_note", "entered_by", "entered_at"));
    private static final VersionedTable DENOMINATORS = new VersionedTable("denominator",
            List.of("report_year", "kind"), List.of("population", "changed_by", "changed_at"));
    private static final VersionedTable STORIES = new VersionedTable("story",
            List.of("subject_kind", "subject_id", "report_year"), List.of("body", "assessment", "author", "written_at"));
    private static final VersionedTable PROGRESS = new VersionedTable("action_progress",
            List.of("action_id", "report_year"), List.of("status", "note", "author", "updated_at"));

    private static final String FIGURE_COLUMNS = "indicator_id, series_id, area, report_year, measured, raw_count, population,"
            + " status, source_note, entered_by, entered_at, version";

    /** The row of table {@code change_stamp} that the writes of this store change. */
    private static final String STAMP_NAME = "figures";

    private final Transactions transactions;

    public JdbcFigureStore(DataSource dataSource) {
        this.transactions = new Transactions(dataSource);
    }

    // --- figures -------------------------------------------------------------------------------------------

    public StoredFigure saveFigure(StoredFigure figure, Integer expectedVersion) {
        Map<String, Object> key = key("indicator_id", figure.indicatorId(), "series_id", figure.seriesId(),
                "area", figure.area(), "report_year", figure.year());
        int version = save(MEASUREMENTS, key, figureValues(figure), expectedVersion, "figure " + figure.indicatorId() + "/"
                + figure.seriesId() + " " + figure.year());
        return new StoredFigure(figure.indicatorId(), figure.seriesId(), figure.area(), figure.year(), figure.value(),
                figure.rawCount(), figure.population(), figure.status(), figure.sourceNote(), figure.enteredBy(),
                figure.enteredAt(), version);
    }

    private static Map<String, Object> figureValues(StoredFigure figure) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("measured", figure.value());
        values.put("raw_count", figure.rawCount());
        values.put("population", figure.population());
        values.put("status", figure.status().name());
        values.put("source_note", figure.sourceNote());
        values.put("entered_by", figure.enteredBy());
        values.put("entered_at", figure.enteredAt());
        return values;
    }

    public Optional<StoredFigure> figure(String indicatorId, String seriesId, String area, int year) {
        return figures("SELECT " + FIGURE_COLUMNS + " FROM measurement WHERE indicator_id = ? AND series_id = ?"
                + " AND area = ? AND report_year = ?", indicatorId, seriesId, area, year).stream().findFirst();
    }

    /** The current figures of these indicators, whole municipality, ordered by indicator, series and year. */
    public List<StoredFigure> figures(Collection<String> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return figures("SELECT " + FIGURE_COLUMNS + " FROM measurement WHERE area = ? AND indicator_id IN ("
                + "?, ".repeat(indicatorIds.size() - 1) + "?) ORDER BY indicator_id, series_id, report_year",
                concat(StoredFigure.MUNICIPALITY, indicatorIds));
    }

    /** The current figures of these indicators in every area (the municipality and its districts). */
    public List<StoredFigure> figuresInAllAreas(Collection<String> indicatorIds) {
        if (indicatorIds.isEmpty()) {
            return List.of();
        }
        return figures("SELECT " + FIGURE_COLUMNS + " FROM measurement WHERE indicator_id IN ("
                + "?, ".repeat(indicatorIds.size() - 1) + "?)", indicatorIds.toArray());
    }

    /**
     * Stores an import's figures and denominators in one transaction, each row only if it still has the version
     * the import judged it against; replaced rows go to their history first.
     *
     * @throws ConflictException when a row changed meanwhile (nothing is stored)
     */
    public void saveImported(ImportedFigures batch, String actor) {
        List<VersionedTable.Row> figureRows = new ArrayList<>(batch.figures().size());
        for (ImportedFigures.VersionedFigure entry : batch.figures()) {
            StoredFigure figure = entry.figure();
            figureRows.add(new VersionedTable.Row(new Object[] {figure.indicatorId(), figure.seriesId(),
                    figure.area(), figure.year()}, new Object[] {figure.value(), figure.rawCount(), figure.population(),
                    figure.status().name(), figure.sourceNote(), figure.enteredBy(), figure.enteredAt()},
                    entry.expectedVersion()));
        }
        List<VersionedTable.Row> denominatorRows = new ArrayList<>();
        OffsetDateTime now = OffsetDateTime.now();
        for (ImportedFigures.VersionedDenominator entry : batch.denominators()) {
            denominatorRows.add(new VersionedTable.Row(new Object[] {entry.year(), entry.kind().name()},
                    new Object[] {entry.population(), actor, now}, entry.expectedVersion()));
        }
        try {
            transactions.inTransaction("cannot store the imported figures", connection -> {
                DENOMINATORS.saveAll(connection, denominatorRows);
                MEASUREMENTS.saveAll(connection, figureRows);
                newStamp(connection);
                return null;
            });
        } catch (VersionedTable.StaleVersionException e) {
            throw new ConflictException("Iemand anders heeft intussen cijfers gewijzigd die deze import ook wijzigt;"
                    + " er is niets opgeslagen.", e.currentVersion());
        }
    }

    /** Earlier versions of one figure, newest first. */
    public List<StoredFigure> figureHistory(String indicatorId, String seriesId, int year) {
        return figures("SELECT " + FIGURE_COLUMNS + " FROM measurement_history WHERE indicator_id = ?"
                + " AND series_id = ? AND area = ? AND report_year = ? ORDER BY version DESC", indicatorId, seriesId,
                StoredFigure.MUNICIPALITY, year);
    }

    private List<StoredFigure> figures(String sql, Object... parameters) {
        return transactions.read("cannot read figures", connection -> query(connection, sql, parameters, row ->
                new StoredFigure(row.getString(1), row.getString(2), row.getString(3), row.getInt(4),
                        row.getBigDecimal(5), (Long) row.getObject(6, Long.class),
                        (Long) row.getObject(7, Long.class), FigureStatus.valueOf(row.getString(8)),
                        row.getString(9), row.getString(10), row.getObject(11, OffsetDateTime.class), row.getInt(12))));
    }

    // --- denominators --------------------------------------------------------------------------------------

    public record StoredDenominator(int year, Denominator kind, long population, String changedBy,
                                    OffsetDateTime changedAt, int version) {
    }

    public int saveDenominator(int year, Denominator kind, long population, String actor, Integer expectedVersion) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("population", population);
        values.put("changed_by", actor);
        values.put("changed_at", OffsetDateTime.now());
        return save(DENOMINATORS, key("report_year", year, "kind", kind.name()), values, expectedVersion,
                "denominator " + kind + " " + year);
    }

    public OptionalLong population(int year, Denominator kind) {
        return denominators().stream().filter(row -> row.year() == year && row.kind() == kind)
                .mapToLong(StoredDenominator::population).findFirst();
    }

    public List<StoredDenominator> denominators() {
        return transactions.read("cannot read denominators", connection -> query(connection,
                "SELECT report_year, kind, population, changed_by, changed_at, version FROM denominator"
                        + " ORDER BY report_year, kind",
                new Object[0], row -> new StoredDenominator(row.getInt(1), Denominator.valueOf(row.getString(2)),
                        row.getLong(3), row.getString(4), row.getObject(5, OffsetDateTime.class), row.getInt(6))));
    }

    // --- stories -------------------------------------------------------------------------------------------

    public int saveStory(StoredStory story, Integer expectedVersion) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("body", story.body());
        values.put("assessment", story.assessment());
        values.put("author", story.author());
        values.put("written_at", story.writtenAt());
        return save(STORIES, key("subject_kind", story.kind().name(), "subject_id", story.subjectId(),
                "report_year", story.year()), values, expectedVersion, "story " + story.subjectId() + " " + story.year());
    }

    /** The stories of a goal or indicator, newest year first. */
    public List<StoredStory> stories(StoredStory.StoryKind kind, String subjectId) {
        return transactions.read("cannot read stories", connection -> query(connection,
                "SELECT subject_kind, subject_id, report_year, body, assessment, author, written_at, version FROM story"
                        + " WHERE subject_kind = ? AND subject_id = ? ORDER BY report_year DESC",
                new Object[] {kind.name(), subjectId}, JdbcFigureStore::story));
    }

    public List<StoredStory> storiesOfYear(int year) {
        return transactions.read("cannot read stories", connection -> query(connection,
                "SELECT subject_kind, subject_id, report_year, body, assessment, author, written_at, version FROM story"
                        + " WHERE report_year = ?", new Object[] {year}, JdbcFigureStore::story));
    }

    private static StoredStory story(ResultSet row) throws SQLException {
        return new StoredStory(StoredStory.StoryKind.valueOf(row.getString(1)), row.getString(2), row.getInt(3),
                row.getString(4), row.getString(5), row.getString(6), row.getObject(7, OffsetDateTime.class),
                row.getInt(8));
    }

    // --- action progress -----------------------------------------------------------------------------------

    public int saveProgress(StoredProgress progress, Integer expectedVersion) {
        Map<String, Object> values = new LinkedHashMap<>();
        values.put("status", progress.status().name());
        values.put("note", progress.note());
        values.put("author", progress.author());
        values.put("updated_at", progress.updatedAt());
        return save(PROGRESS, key("action_id", progress.actionId(), "report_year", progress.year()), values,
                expectedVersion, "progress of action " + progress.actionId() + " " + progress.year());
    }

    public List<StoredProgress> progressOfYear(int year) {
        return transactions.read("cannot read action progress", connection -> query(connection,
                "SELECT action_id, report_year, status, note, author, updated_at, version FROM action_progress"
                        + " WHERE report_year = ?", new Object[] {year}, row -> new StoredProgress(row.getString(1),
                        row.getInt(2), ActionStatus.valueOf(row.getString(3)), row.getString(4), row.getString(5),
                        row.getObject(6, OffsetDateTime.class), row.getInt(7))));
    }

    /** Every action's progress of every year, by action and year. */
    public List<StoredProgress> allProgress() {
        return transactions.read("cannot read action progress", connection -> query(connection,
                "SELECT action_id, report_year, status, note, author, updated_at, version FROM action_progress"
                        + " ORDER BY action_id, report_year", new Object[0], row -> new StoredProgress(
                        row.getString(1), row.getInt(2), ActionStatus.valueOf(row.getString(3)), row.getString(4),
                        row.getString(5), row.getObject(6, OffsetDateTime.class), row.getInt(7))));
    }

    // --- change stamp --------------------------------------------------------------------------------------

    /**
     * The store's change stamp: a value that every write of figures, denominators, stories or action progress
     * replaces in its own transaction, on whichever instance of the application it runs. What was computed from
     * the store while it had a stamp still holds while the stamp is the same ({@link StampedCache}). A random
     * number, not a count: a restored backup brings an older stamp back, and a count could then reach a number
     * it had before with other data.
     */
    public long changeStamp() {
        return transactions.read("cannot read the change stamp", connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT stamp FROM change_stamp WHERE name = ?")) {
                select.setString(1, STAMP_NAME);
                try (ResultSet row = select.executeQuery()) {
                    if (!row.next()) {
                        throw new SQLException("table change_stamp has no row " + STAMP_NAME);
                    }
                    return row.getLong(1);
                }
            }
        });
    }

    /**
     * A new stamp, as the last statement of a write's transaction: its row lock is then held only until the
     * commit, so a long import does not keep other saves waiting for it.
     */
    private static void newStamp(Connection connection) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE change_stamp SET stamp = ? WHERE name = ?")) {
            update.setLong(1, ThreadLocalRandom.current().nextLong());
            update.setString(2, STAMP_NAME);
            if (update.executeUpdate() != 1) {
                throw new SQLException("table change_stamp has no row " + STAMP_NAME);
            }
        }
    }

    // --- shared --------------------------------------------------------------------------------------------

    private int save(VersionedTable table, Map<String, Object> key, Map<String, Object> values,
                     Integer expectedVersion, String what) {
        try {
            return transactions.inTransaction("cannot store " + what, connection -> {
                int version = table.save(connection, key, values, expectedVersion);
                newStamp(connection);
                return version;
            });
        } catch (VersionedTable.StaleVersionException e) {
            throw new ConflictException("Iemand anders heeft dit intussen gewijzigd (" + what + "); laad de"
                    + " nieuwste versie en probeer het opnieuw.", e.currentVersion());
        }
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static <T> List<T> query(Connection connection, String sql, Object[] parameters, RowMapper<T> mapper)
            throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < parameters.length; i++) {
                statement.setObject(i + 1, parameters[i]);
            }
            List<T> rows = new ArrayList<>();
            try (ResultSet result = statement.executeQuery()) {
                while (result.next()) {
                    rows.add(mapper.map(result));
                }
            }
            return rows;
        }
    }

    private static Map<String, Object> key(Object... namesAndValues) {
        Map<String, Object> key = new LinkedHashMap<>();
        for (int i = 0; i < namesAndValues.length; i += 2) {
            key.put((String) namesAndValues[i], namesAndValues[i + 1]);
        }
        return key;
    }

    private static Object[] concat(Object first, Collection<String> rest) {
        List<Object> all = new ArrayList<>();
        all.add(first);
        all.addAll(rest);
        return all.toArray();
    }
}
