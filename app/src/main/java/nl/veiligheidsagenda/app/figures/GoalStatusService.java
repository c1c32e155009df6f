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
 */
public final class GoalStatusService {

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanCalendar calendar;

    public GoalStatusService(ThemeService themes, JdbcFigureStore store, PlanCalendar calendar) {
        this.themes = themes;
        this.store = store;
        this.calendar = calendar;
    }

    /** The status of a goal of an enabled theme in a year, with a one-line explanation. */
    public GoalResult goalStatus(String goalId, int year, Locale locale) {
        CatalogueIndex.Place ref = Changes.goal(themes, goalId);
        List<Measurement> measurements = store.figures(ref.goal().indicators().stream().map(Indicator::id).toList())
                .stream().map(GoalStatusService::measurement).toList();
        Optional<OwnerAssessment> assessment = store.stories(StoredStory.StoryKind.GOAL, goalId).stream()
                .filter(story -> story.year() == year && story.assessment() != null).findFirst()
                .map(story -> new OwnerAssessment(OwnerStatus.valueOf(story.assessment()), story.body()));
        return GoalEvaluator.evaluate(ref.goal(), measurements, assessment,
                new EvaluationContext(year, calendar.today(), locale), ref.theme()::evaluation);
    }

    /**
     * The status of every goal of the enabled themes in a year, in the plan's order: the same judgement as
     * {@link #goalStatus}, from two queries (all figures of these goals, the year's stories) instead of two per goal.
     */
    public Map<String, GoalResult> goalStatuses(int year, Locale locale) {
        List<CatalogueIndex.Place> places = CatalogueIndex.of(themes.enabled()).goals().toList();
        List<Measurement> all = store.figures(places.stream().flatMap(place -> place.goal().indicators().stream())
                .map(Indicator::id).distinct().toList()).stream().map(GoalStatusService::measurement).toList();
        Map<String, OwnerAssessment> assessments = new HashMap<>();
        store.storiesOfYear(year).stream()
                .filter(story -> story.kind() == StoredStory.StoryKind.GOAL && story.assessment() != null)
                .forEach(story -> assessments.putIfAbsent(story.subjectId(),
                        new OwnerAssessment(OwnerStatus.valueOf(story.assessment()), story.body())));
        EvaluationContext context = new EvaluationContext(year, calendar.today(), locale);
        Map<String, GoalResult> results = new LinkedHashMap<>();
        for (CatalogueIndex.Place place : places) {
            Set<String> indicators = place.goal().indicators().stream().map(Indicator::id).collect(Collectors.toSet());
            List<Measurement> measurements = all.stream()
                    .filter(measurement -> indicators.contains(measurement.indicatorId())).toList();
            results.put(place.goal().id(), GoalEvaluator.evaluate(place.goal(), measurements,
                    Optional.ofNullable(assessments.get(place.goal().id())), context, place.theme()::evaluation));
        }
        return results;
    }

    private static Measurement measurement(StoredFigure figure) {
        return new Measurement(figure.indicatorId(), figure.seriesId(), figure.year(), figure.value(),
                figure.status() == FigureStatus.FINAL ? MeasurementStatus.FINAL : MeasurementStatus.PROVISIONAL);
    }
}
