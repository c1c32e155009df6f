package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.JdbcAuditStore;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.EvaluationContext;
import nl.veiligheidsagenda.core.evaluation.GoalEvaluator;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.Measurement;
import nl.veiligheidsagenda.core.evaluation.MeasurementStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerAssessment;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Indicator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The goal statuses kept per year ({@link GoalStatusService}, {@link StampedCache}) are never older than the last
 * acknowledged write, on each real database: after every kind of write (figure, story with assessment, import,
 * denominator, theme switch, a new day, a write by another instance on the same database, writes while others
 * read) the statuses read equal those judged afresh, goal by goal, from the database.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class GoalStatusCacheTest {

    private static final String GOAL = FigureServiceTest.GOAL;
    private static final String IN_WORDS = "digitaal.ordeverstoringen-voorkomen-en-aanpakken";
    private static final String POLICE = FigureServiceTest.POLICE;
    private static final String SURVEY = FigureServiceTest.SURVEY;
    private static final Actor OWNER = FigureServiceTest.OWNER;
    private static final Actor ADMIN = FigureServiceTest.ADMIN;
    private static final Locale DUTCH = FigureServiceTest.DUTCH;

    @Parameter
    TestDatabase database;

    @TempDir
    Path data;

    private Database db;
    private JdbcFigureStore store;
    private ThemeService themes;
    private MovableClock clock;
    private PlanCalendar calendar;
    private FigureService figures;
    private GoalStatusService goals;

    @BeforeEach
    void open() {
        Settings settings = database.settings(data);
        db = Database.open(settings);
        AuditLog audit = new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
        themes = new ThemeService(PluginLoader.discover(settings.pluginDirectory()), settings,
                new JdbcThemeSettingsStore(db.dataSource()), audit);
        clock = new MovableClock(Instant.parse("2024-06-01T10:00:00Z"));
        calendar = new PlanCalendar(new PlanPeriod(2023, 2026), clock);
        store = new JdbcFigureStore(db.dataSource());
        figures = new FigureService(themes, store, calendar, audit);
        goals = new GoalStatusService(themes, store, calendar);
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void keepsAYearsStatusesWhileNothingChanges() {
        Map<String, GoalResult> first = goals.goalStatuses(2023, DUTCH);

        assertThat(goals.goalStatuses(2023, DUTCH)).as("judged once, then kept").isSameAs(first);
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH)).isSameAs(first.get(GOAL));
        assertThat(goals.goalStatuses(2024, DUTCH)).as("another year").isNotSameAs(first);
        assertThat(goals.goalStatuses(2023, Locale.ENGLISH)).as("another language").isNotSameAs(first)
                .isEqualTo(judgedAfresh(2023, Locale.ENGLISH));
        assertThatThrownBy(() -> goals.goalStatuses(2023, DUTCH).put(GOAL, null))
                .isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void aFigureSaveIsInTheNextStatusRead() {
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).isEqualTo(GoalStatus.INCOMPLETE);
        assertFresh(2023);

        figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(OWNER, figure(POLICE, "gedigitaliseerde-criminaliteit", 2023, "5.1", 0));
        figures.enterFigure(OWNER, figure(SURVEY, "totaal", 2023, "18", 0));

        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).isEqualTo(GoalStatus.ON_COURSE);
        assertFresh(2023);

        figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.95", 1));

        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).indicators().getFirst().series().getFirst().explanation())
                .contains("0,95");
        assertFresh(2023);
    }

    @Test
    void anOwnersAssessmentInAStoryIsInTheNextStatusRead() {
        StoryService stories = new StoryService(themes, store, calendar, auditOf());
        assertThat(goals.goalStatus(IN_WORDS, 2023, DUTCH).ownerStatus()).isEqualTo(OwnerStatus.NOT_ASSESSED);

        stories.writeGoalStory(OWNER, IN_WORDS, 2023, "Het protocol is vastgesteld.", OwnerStatus.PARTLY_ON_COURSE, 0);
        assertThat(goals.goalStatus(IN_WORDS, 2023, DUTCH).ownerStatus()).isEqualTo(OwnerStatus.PARTLY_ON_COURSE);

        stories.writeGoalStory(OWNER, IN_WORDS, 2023, "Het protocol werkt.", OwnerStatus.ON_COURSE, 1);
        assertThat(goals.goalStatuses(2023, DUTCH).get(IN_WORDS).ownerStatus()).isEqualTo(OwnerStatus.ON_COURSE);
        assertFresh(2023);
    }

    @Test
    void anImportIsInTheNextStatusRead() {
        assertFresh(2023);

        figures.storeImported(OWNER, ImportedFigures.builder()
                .figure(stored(POLICE, "cybercrime", 2023, "0.7"), 0)
                .figure(stored(POLICE, "gedigitaliseerde-criminaliteit", 2023, "5.1"), 0)
                .figure(stored(SURVEY, "totaal", 2023, "18"), 0).build());

        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).isEqualTo(GoalStatus.ON_COURSE);
        assertFresh(2023);
    }

    @Test
    void everyWriteOfTheStoreChangesTheStampSoNothingJudgedBeforeItIsGivenOut() {
        Map<String, GoalResult> before = goals.goalStatuses(2023, DUTCH);
        AuditLog audit = auditOf();

        new DenominatorService(store, calendar.period(), audit).enterDenominator(ADMIN, 2023, Denominator.RESIDENTS,
                226_000, 0);
        Map<String, GoalResult> afterDenominator = goals.goalStatuses(2023, DUTCH);
        assertThat(afterDenominator).as("judged anew after a denominator").isNotSameAs(before);

        new ProgressService(themes, store, calendar, audit).recordProgress(OWNER, "digitaal.hackshield", 2023,
                ActionStatus.RUNNING, "", 0);
        assertThat(goals.goalStatuses(2023, DUTCH)).as("judged anew after action progress")
                .isNotSameAs(afterDenominator);
    }

    @Test
    void aFailedSaveChangesNothing() {
        long stamp = store.changeStamp();

        assertThatThrownBy(() -> figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.7", 3)))
                .isInstanceOf(ConflictException.class);

        assertThat(store.changeStamp()).isEqualTo(stamp);
    }

    @Test
    void aThemeSwitchedOffTakesItsGoalsOutAtOnce() {
        assertThat(goals.goalStatuses(2023, DUTCH)).containsKey(GOAL);

        themes.setEnabled("digitaal", false, ADMIN);
        try {
            assertThat(goals.goalStatuses(2023, DUTCH)).doesNotContainKey(GOAL).isNotEmpty();
            assertThatThrownBy(() -> goals.goalStatus(GOAL, 2023, DUTCH)).isInstanceOf(NotFoundException.class);
            assertFresh(2023);
        } finally {
            themes.setEnabled("digitaal", true, ADMIN);
        }
        assertThat(goals.goalStatuses(2023, DUTCH)).containsKey(GOAL);
        assertFresh(2023);
    }

    @Test
    void aNewDayJudgesAgainWhichFiguresAreDue() {
        clock.set(Instant.parse("2023-12-15T10:00:00Z")); // the survey's 2023 figure is due from January 2024
        figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(OWNER, figure(POLICE, "gedigitaliseerde-criminaliteit", 2023, "5.1", 0));
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).isEqualTo(GoalStatus.ON_COURSE);
        assertFresh(2023);

        clock.set(Instant.parse("2024-01-02T10:00:00Z"));

        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).as("the survey is late now")
                .isEqualTo(GoalStatus.INCOMPLETE);
        assertFresh(2023);
    }

    @Test
    void aSaveThroughAnotherInstanceOnTheSameDatabaseIsInTheNextStatusRead() {
        // a second instance: its own store and services on the same database (on PostgreSQL as in production)
        JdbcFigureStore otherStore = new JdbcFigureStore(db.dataSource());
        FigureService otherFigures = new FigureService(themes, otherStore, calendar, auditOf());
        Map<String, GoalResult> kept = goals.goalStatuses(2023, DUTCH);

        otherFigures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.7", 0));

        assertThat(goals.goalStatuses(2023, DUTCH)).isNotSameAs(kept);
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).indicators().getFirst().series().getFirst().explanation())
                .contains("0,7");
        assertFresh(2023);
    }

    /**
     * Readers fill the cache while a writer saves: every status the writer reads right after its save was
     * acknowledged shows the saved value, however the readers' judgements and the saves interleave.
     */
    @Test
    void aStatusReadAfterAnAcknowledgedSaveIsNeverOlderThanTheSaveWhileOthersRead() throws Exception {
        AtomicBoolean writing = new AtomicBoolean(true);
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> readers = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            readers.add(Thread.ofPlatform().start(() -> {
                try {
                    while (writing.get()) {
                        goals.goalStatuses(2023, DUTCH);
                        goals.goalStatus(GOAL, 2023, DUTCH);
                    }
                } catch (Throwable failed) {
                    failures.add(failed);
                }
            }));
        }
        try {
            for (int version = 0; version < 40; version++) {
                String value = (1 + version) + ".5";
                figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, value, version));

                String explanation = goals.goalStatus(GOAL, 2023, DUTCH).indicators().getFirst().series()
                        .getFirst().explanation();
                assertThat(explanation).as("read right after saving %s", value)
                        .contains(": " + value.replace('.', ',') + " per");
            }
        } finally {
            writing.set(false);
            for (Thread reader : readers) {
                reader.join();
            }
        }
        assertThat(failures).isEmpty();
        assertFresh(2023);
    }

    @Test
    void theStatusOfEveryGoalAtOnceIsTheStatusOfEachGoalJudgedAlone() {
        figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(OWNER, figure(POLICE, "gedigitaliseerde-criminaliteit", 2023, "5.1", 0));
        figures.enterFigure(OWNER, figure(POLICE, "cybercrime", 2024, "0.9", 0));
        figures.enterFigure(OWNER, figure(SURVEY, "totaal", 2023, "18", 0));
        new StoryService(themes, store, calendar, auditOf()).writeGoalStory(OWNER, IN_WORDS, 2023, "Vastgesteld.",
                OwnerStatus.PARTLY_ON_COURSE, 0);

        for (int year = 2023; year <= 2026; year++) {
            assertThat(goals.goalStatuses(year, DUTCH))
                    .hasSize((int) CatalogueIndex.of(themes.enabled()).goals().count());
            assertFresh(year);
        }
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).isEqualTo(GoalStatus.ON_COURSE);
        assertThat(goals.goalStatus(IN_WORDS, 2023, DUTCH).ownerStatus()).isEqualTo(OwnerStatus.PARTLY_ON_COURSE);
    }

    /** What the service gives now equals every goal judged afresh from the database, one by one. */
    private void assertFresh(int year) {
        assertThat(goals.goalStatuses(year, DUTCH)).as("the statuses of %d", year).isEqualTo(judgedAfresh(year, DUTCH));
        for (String goalId : judgedAfresh(year, DUTCH).keySet()) {
            assertThat(goals.goalStatus(goalId, year, DUTCH)).isEqualTo(judgedAfresh(year, DUTCH).get(goalId));
        }
    }

    /** Each goal of the enabled themes judged alone, from its own figures and its own story: no cache. */
    private Map<String, GoalResult> judgedAfresh(int year, Locale locale) {
        Map<String, GoalResult> results = new LinkedHashMap<>();
        CatalogueIndex.of(themes.enabled()).goals().forEach(place -> {
            List<Measurement> measurements = store.figures(place.goal().indicators().stream().map(Indicator::id)
                    .toList()).stream().map(figure -> new Measurement(figure.indicatorId(), figure.seriesId(),
                    figure.year(), figure.value(), figure.status() == FigureStatus.FINAL ? MeasurementStatus.FINAL
                    : MeasurementStatus.PROVISIONAL)).toList();
            Optional<OwnerAssessment> assessment = store.stories(StoredStory.StoryKind.GOAL, place.goal().id())
                    .stream().filter(story -> story.year() == year && story.assessment() != null).findFirst()
                    .map(story -> new OwnerAssessment(OwnerStatus.valueOf(story.assessment()), story.body()));
            results.put(place.goal().id(), GoalEvaluator.evaluate(place.goal(), measurements, assessment,
                    new EvaluationContext(year, calendar.today(), locale), place.theme()::evaluation));
        });
        return results;
    }

    private AuditLog auditOf() {
        return new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
    }

    private static FigureInput figure(String indicator, String series, int year, String value, Integer version) {
        return new FigureInput(indicator, series, year, new BigDecimal(value), null, FigureStatus.FINAL,
                "Politie, 2024-03", version);
    }

    private static StoredFigure stored(String indicator, String series, int year, String value) {
        return new StoredFigure(indicator, series, StoredFigure.MUNICIPALITY, year, new BigDecimal(value), null, null,
                FigureStatus.FINAL, "import", OWNER.username(), OffsetDateTime.now(ZoneOffset.UTC), 0);
    }

    /** A clock a test moves: "today" for the rules of which figures are due. */
    private static final class MovableClock extends Clock {

        private volatile Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void set(Instant instant) {
            now = instant;
        }

        @Override
        public ZoneId getZone() {
            return ZoneId.of("Europe/Amsterdam");
        }

        @Override
        public Clock withZone(ZoneId zone) {
            throw new UnsupportedOperationException("one zone");
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
