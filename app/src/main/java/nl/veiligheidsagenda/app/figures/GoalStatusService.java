package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.EvaluationContext;
import nl.veiligheidsagenda.core.evaluation.GoalEvaluator;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.Measurement;
import nl.veiligheidsagenda.core.evaluation.MeasurementStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerAssessment;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The status of every goal in a year: the stored figures and the owner's assessment, judged by the core's rules
 * against today's date (which figures are due).
 * <p>
 * The statuses of a year are judged once and kept per year, locale, date and set of enabled themes (the page in
 * a user's language, the figures due today, the goals of the themes that run) for as long as the store's change
 * stamp stays the same: every write of a figure, story, assessment, import, denominator or action progress
 * changes it in its own transaction, on whichever instance it runs, so a status read after an acknowledged save
 * is judged anew ({@link StampedCache}). Checking costs one read of one row per call.
 */
public final class GoalStatusService {

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanCalendar calendar;
    private final StampedCache<Key, Map<String, GoalResult>> judged = new StampedCache<>();

    /** What a year's statuses depend on besides the stored data. */
    private record Key(int year, Locale locale, LocalDate today, List<ThemePlugin> enabled) {
    }

    public GoalStatusService(ThemeService themes, JdbcFigureStore store, PlanCalendar calendar) {
        this.themes = themes;
        this.store = store;
        this.calendar = calendar;
    }

    /** The status of a goal of an enabled theme in a year, with a one-line explanation. */
    public GoalResult goalStatus(String goalId, int year, Locale locale) {
        Changes.goal(themes, goalId); // an unknown goal, or one of a theme switched off, is not found
        GoalResult result = goalStatuses(year, locale).get(goalId);
        if (result == null) { // its theme was switched off in between
            throw new NotFoundException(Messages.text("rule.unknown-goal", goalId));
        }
        return result;
    }

    /**
     * The status of every goal of the enabled themes in a year, in the plan's order (a map that cannot be
     * changed).
     */
    public Map<String, GoalResult> goalStatuses(int year, Locale locale) {
        long stamp = store.changeStamp(); // first: what is judged below is at least as new as this stamp
        Key key = new Key(year, locale, calendar.today(), List.copyOf(themes.enabled()));
        return judged.get(key, stamp, () -> judge(key));
    }

    /** Every goal of the key's themes judged from two queries (all their figures, the year's stories). */
    private Map<String, GoalResult> judge(Key key) {
        List<CatalogueIndex.Place> places = CatalogueIndex.of(key.enabled()).goals().toList();
        List<Measurement> all = store.figures(places.stream().flatMap(place -> place.goal().indicators().stream())
                .map(Indicator::id).distinct().toList()).stream().map(GoalStatusService::measurement).toList();
        Map<String, OwnerAssessment> assessments = new HashMap<>();
        store.storiesOfYear(key.year()).stream()
                .filter(story -> story.kind() == StoredStory.StoryKind.GOAL && story.assessment() != null)
                .forEach(story -> assessments.putIfAbsent(story.subjectId(),
                        new OwnerAssessment(OwnerStatus.valueOf(story.assessment()), story.body())));
        EvaluationContext context = new EvaluationContext(key.year(), key.today(), key.locale());
        Map<String, GoalResult> results = new LinkedHashMap<>();
        for (CatalogueIndex.Place place : places) {
            Set<String> indicators = place.goal().indicators().stream().map(Indicator::id).collect(Collectors.toSet());
            List<Measurement> measurements = all.stream()
                    .filter(measurement -> indicators.contains(measurement.indicatorId())).toList();
            results.put(place.goal().id(), GoalEvaluator.evaluate(place.goal(), measurements,
                    Optional.ofNullable(assessments.get(place.goal().id())), context, place.theme()::evaluation));
        }
        return Collections.unmodifiableMap(results);
    }

    private static Measurement measurement(StoredFigure figure) {
        return new Measurement(figure.indicatorId(), figure.seriesId(), figure.year(), figure.value(),
                figure.status() == FigureStatus.FINAL ? MeasurementStatus.FINAL : MeasurementStatus.PROVISIONAL);
    }
}
