package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.JdbcAuditStore;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Denominator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;
import nl.veiligheidsagenda.app.testdb.TestDatabase;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The yearly cycle (figures, denominators, stories, progress, goal status) on each real database (H2 file,
 * PostgreSQL) with the five real theme plugins.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class FigureServiceTest {

    static final String GOAL = "digitaal.digitale-criminaliteit-daalt";
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String SURVEY = "digitaal.slachtoffers-digitale-criminaliteit";
    static final Actor OWNER = Actor.owner("eigenaar-digitaal", Set.of("digitaal"));
    static final Actor ADMIN = Actor.admin("beheerder");
    static final Locale DUTCH = Locale.of("nl", "NL");

    @Parameter
    TestDatabase database;

    @TempDir
    Path data;

    private Database db;
    private AuditLog audit;
    private FigureService figures;
    private DenominatorService denominators;
    private StoryService stories;
    private ProgressService progress;
    private GoalStatusService goals;
    private ThemeService themes;
    private PlanCalendar calendar;

    @BeforeEach
    void open() {
        Settings settings = this.database.settings(data);
        db = Database.open(settings);
        audit = new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
        themes = new ThemeService(PluginLoader.discover(settings.pluginDirectory()), settings,
                new JdbcThemeSettingsStore(db.dataSource()), audit);
        Clock june2024 = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        calendar = new PlanCalendar(new PlanPeriod(2023, 2026), june2024);
        JdbcFigureStore store = new JdbcFigureStore(db.dataSource());
        figures = new FigureService(themes, store, calendar, audit);
        denominators = new DenominatorService(store, calendar.period(), audit);
        stories = new StoryService(themes, store, calendar, audit);
        progress = new ProgressService(themes, store, calendar, audit);
        goals = new GoalStatusService(themes, store, calendar);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private static FigureInput value(String indicator, String series, int year, String value, Integer version) {
        return new FigureInput(indicator, series, year, new BigDecimal(value), null, FigureStatus.FINAL,
                "Politie, 2024-03", version);
    }

    @Test
    void withEveryDueFigureBelowItsBaselineTheGoalIsOnCourseWithAnExplanation() {
        figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(OWNER, value(POLICE, "gedigitaliseerde-criminaliteit", 2023, "5.1", 0));
        assertThat(goals.goalStatus(GOAL, 2023, DUTCH).status()).as("the survey's 2023 figure is due since January")
                .isEqualTo(GoalStatus.INCOMPLETE);
        figures.enterFigure(OWNER, value(SURVEY, "totaal", 2023, "18", 0));

        GoalResult result = goals.goalStatus(GOAL, 2023, DUTCH);

        assertThat(result.status()).isEqualTo(GoalStatus.ON_COURSE);
        assertThat(result.indicators().getFirst().series().getFirst().explanation())
                .contains("2023", "0,7", "0,8", "lager", "beter");
    }

    @Test
    void turnsACountIntoARatePerThousandWithTheYearsDenominatorAndKeepsBoth() {
        denominators.enterDenominator(ADMIN, 2023, Denominator.RESIDENTS, 226_000, 0);

        StoredFigure stored = figures.enterFigure(OWNER, new FigureInput(POLICE, "cybercrime", 2023, null, 181L,
                FigureStatus.PROVISIONAL, "", 0));

        assertThat(stored.value()).isEqualByComparingTo("0.80");
        assertThat(stored.rawCount()).isEqualTo(181L);
        assertThat(stored.population()).isEqualTo(226_000L);
        assertThat(figures.figures(POLICE)).singleElement().satisfies(figure -> {
            assertThat(figure.rawCount()).isEqualTo(181L);
            assertThat(figure.value()).isEqualByComparingTo("0.80");
        });
    }

    @Test
    void refusesACountWhenTheYearHasNoDenominatorAndSaysWhoFillsItIn() {
        assertThatThrownBy(() -> figures.enterFigure(OWNER, new FigureInput(POLICE, "cybercrime", 2024, null, 181L,
                FigureStatus.FINAL, "", 0)))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors()).singleElement()
                        .satisfies(error -> {
                            assertThat(error.field()).isEqualTo("count");
                            assertThat(error.message()).contains("inwoners", "2024", "beheerder");
                        }));
        assertThat(figures.figures(POLICE)).isEmpty();
    }

    @Test
    void rejectsEveryBrokenFieldAtOnceAndStoresNothing() {
        FigureInput broken = new FigureInput(SURVEY, "totaal", 2031, new BigDecimal("120"), null, null,
                "x".repeat(501), 0);

        assertThatThrownBy(() -> figures.enterFigure(OWNER, broken))
                .isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.errors())
                        .extracting(FieldError::field, FieldError::rule)
                        .containsExactlyInAnyOrder(
                                org.assertj.core.groups.Tuple.tuple("year", "plan-period"),
                                org.assertj.core.groups.Tuple.tuple("status", "required"),
                                org.assertj.core.groups.Tuple.tuple("source", "max-length"),
                                org.assertj.core.groups.Tuple.tuple("value", "percentage-range")));
        assertThat(figures.figures(SURVEY)).isEmpty();
    }

    @Test
    void acceptsTheBaselineYearsOfASeriesBesideThePlanPeriod() {
        figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2019, "0.6", 0));

        assertThat(figures.figures(POLICE)).extracting(StoredFigure::year).containsExactly(2019);
    }

    @Test
    void aSecondEditorWithAnOutdatedVersionIsRefusedAndTheFirstValueStays() {
        StoredFigure first = figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(ADMIN, value(POLICE, "cybercrime", 2023, "0.75", first.version()));

        assertThatThrownBy(() -> figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.9",
                first.version())))
                .isInstanceOfSatisfying(ConflictException.class, e -> {
                    assertThat(e.currentVersion()).isEqualTo(2);
                    assertThat(e.getMessage()).contains("Iemand anders");
                });
        assertThat(figures.figures(POLICE)).singleElement().extracting(StoredFigure::value)
                .satisfies(value -> assertThat(value).isEqualByComparingTo("0.75"));
    }

    @Test
    void aReplacedFigureIsKeptInTheHistory() {
        StoredFigure first = figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.7", 0));
        figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.72", first.version()));

        assertThat(figures.figureHistory(POLICE, "cybercrime", 2023)).singleElement()
                .satisfies(old -> {
                    assertThat(old.value()).isEqualByComparingTo("0.7");
                    assertThat(old.version()).isEqualTo(1);
                });
    }

    @Test
    void anOwnerOfAnotherThemeMayNotEnterFigures() {
        Actor wijkenOwner = Actor.owner("eigenaar-wijken", Set.of("wijken"));

        assertThatThrownBy(() -> figures.enterFigure(wijkenOwner, value(POLICE, "cybercrime", 2023, "0.7", 0)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.enterFigure(Actor.viewer("raadslid"), value(POLICE, "cybercrime", 2023,
                "0.7", 0))).isInstanceOf(AccessDeniedException.class);
        assertThat(figures.figures(POLICE)).isEmpty();
    }

    @Test
    void aGoalWithoutIndicatorTakesTheOwnersAssessmentFromTheStory() {
        String inWords = "digitaal.ordeverstoringen-voorkomen-en-aanpakken";
        assertThat(goals.goalStatus(inWords, 2023, DUTCH).ownerStatus()).isEqualTo(OwnerStatus.NOT_ASSESSED);

        stories.writeGoalStory(OWNER, inWords, 2023, "Het protocol is vastgesteld.", OwnerStatus.PARTLY_ON_COURSE, 0);

        GoalResult result = goals.goalStatus(inWords, 2023, DUTCH);
        assertThat(result.status()).isEqualTo(GoalStatus.REPORTED_IN_WORDS);
        assertThat(result.ownerStatus()).isEqualTo(OwnerStatus.PARTLY_ON_COURSE);
    }

    @Test
    void myTasksListEveryDueFigureOfThePlanYearsThatIsNotInAndEachMissingAssessment() {
        String inWords = "digitaal.ordeverstoringen-voorkomen-en-aanpakken";
        figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.7", 0));
        stories.writeGoalStory(OWNER, GOAL, 2023, "De cijfers komen in maart.", null, 0);
        stories.writeGoalStory(OWNER, inWords, 2023, "De verkenning loopt.", null, 0);

        MyTasks tasks = MyTasks.of(themes, figures, stories, progress, calendar, OWNER);

        // June 2024: 2023's figures are due (the survey's since January), 2024's are not yet.
        assertThat(tasks.dueFigures()).extracting(MyTasks.Task::label, MyTasks.Task::link).containsExactly(
                tuple("2023: Aantal misdrijven cybercrime en gedigitaliseerde criminaliteit (horizontale fraude) per "
                        + "jaar per 1.000 inwoners: Gedigitaliseerde criminaliteit", "invoeren?jaar=2023"),
                tuple("2023: Aandeel bewoners (15+) dat in het afgelopen jaar slachtoffer is geworden van digitale "
                        + "criminaliteit: Slachtoffers van digitale criminaliteit", "invoeren?jaar=2023"));
        // A goal in words needs the owner's assessment besides the story; a measured goal only its story.
        assertThat(tasks.missingStories()).extracting(MyTasks.Task::link).contains("doel/" + inWords)
                .doesNotContain("doel/" + GOAL);

        stories.writeGoalStory(OWNER, inWords, 2023, "De verkenning loopt.", OwnerStatus.ON_COURSE, 1);
        assertThat(MyTasks.of(themes, figures, stories, progress, calendar, OWNER).missingStories())
                .extracting(MyTasks.Task::link).doesNotContain("doel/" + inWords);
    }

    @Test
    void recordsActionProgressPerYear() {
        progress.recordProgress(OWNER, "digitaal.hackshield", 2023, ActionStatus.RUNNING, "Twaalf scholen doen mee.", 0);

        assertThat(progress.progressOfYear(2023)).singleElement().satisfies(progress -> {
            assertThat(progress.status()).isEqualTo(ActionStatus.RUNNING);
            assertThat(progress.author()).isEqualTo("eigenaar-digitaal");
        });
        assertThatThrownBy(() -> progress.recordProgress(OWNER, "digitaal.hackshield", 2023, ActionStatus.COMPLETED,
                "", 0)).isInstanceOf(ConflictException.class);
    }

    @Test
    void unknownIdsAreNotFound() {
        assertThatThrownBy(() -> goals.goalStatus("digitaal.bestaat-niet", 2023, DUTCH))
                .isInstanceOf(NotFoundException.class).hasMessageContaining("digitaal.bestaat-niet");
    }

    @Test
    void writesEveryChangeRefusalAndRejectionToTheAuditLog() {
        figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2023, "0.7", 0));
        assertThatThrownBy(() -> figures.enterFigure(Actor.viewer("raadslid"), value(POLICE, "cybercrime", 2023,
                "0.9", 1))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> figures.enterFigure(OWNER, value(POLICE, "cybercrime", 2031, "0.9", 1)))
                .isInstanceOf(ValidationException.class);
        progress.recordProgress(OWNER, "digitaal.hackshield", 2023, ActionStatus.RUNNING, "", 0);

        assertThat(audit.search(ADMIN, AuditLog.Query.latest(10)))
                .extracting(AuditEntry::actor, AuditEntry::action, AuditEntry::target, AuditEntry::outcome)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("eigenaar-digitaal", "progress.record",
                                "progress:digitaal.hackshield/2023", Outcome.SUCCESS),
                        org.assertj.core.groups.Tuple.tuple("eigenaar-digitaal", "figure.enter",
                                "figure:" + POLICE + "/cybercrime/2031", Outcome.FAILURE),
                        org.assertj.core.groups.Tuple.tuple("raadslid", "figure.enter",
                                "figure:" + POLICE + "/cybercrime/2023", Outcome.DENIED),
                        org.assertj.core.groups.Tuple.tuple("eigenaar-digitaal", "figure.enter",
                                "figure:" + POLICE + "/cybercrime/2023", Outcome.SUCCESS));
    }
}
