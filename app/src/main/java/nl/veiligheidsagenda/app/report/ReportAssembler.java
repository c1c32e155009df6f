package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.GoalStatusService;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.figures.StoredStory;
import nl.veiligheidsagenda.app.figures.StoryService;
import nl.veiligheidsagenda.app.report.ReportContent.ActionPart;
import nl.veiligheidsagenda.app.report.ReportContent.Chapter;
import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.GoalPart;
import nl.veiligheidsagenda.app.report.ReportContent.IndicatorPart;
import nl.veiligheidsagenda.app.report.ReportContent.Progress;
import nl.veiligheidsagenda.app.report.ReportContent.Story;
import nl.veiligheidsagenda.app.report.ReportContent.SubjectPart;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Reads the live data of the enabled themes into a {@link ReportContent}: the figures up to the year, the stories
 * and action progress of the year, and every goal's status as the yearly cycle's {@link GoalStatusService} gives
 * it (the core's rules; nothing is judged here).
 */
final class ReportAssembler {

    private final ThemeService themes;
    private final PlanDescription plan;
    private final FigureService figures;
    private final StoryService stories;
    private final ProgressService progress;
    private final GoalStatusService goals;

    ReportAssembler(ThemeService themes, PlanDescription plan, FigureService figures, StoryService stories,
                    ProgressService progress, GoalStatusService goals) {
        this.themes = themes;
        this.plan = plan;
        this.figures = figures;
        this.stories = stories;
        this.progress = progress;
        this.goals = goals;
    }

    ReportContent assemble(int year, ReportContent.Edition edition, OffsetDateTime takenAt) {
        List<ThemePlugin> enabled = themes.enabled();
        Data data = new Data(year, figures.figuresOf(enabled.stream().flatMap(theme -> theme.catalogue().indicators())
                .map(Indicator::id).toList()), stories.storiesOfYear(year), progress.progressOfYear(year));
        List<Chapter> chapters = enabled.stream().map(theme -> chapter(theme, data)).toList();
        PlanDescription.Period period = plan.period();
        return new ReportContent(new ReportContent.Title(plan.name(), plan.municipality().name(), period.firstYear(),
                period.lastYear()), year, edition, takenAt, chapters);
    }

    /** The year's stored data, read once for the whole report. */
    private record Data(int year, Map<String, List<StoredFigure>> figures, Map<String, StoredStory> goalStories,
                        Map<String, StoredStory> indicatorStories, Map<String, StoredProgress> progress) {

        Data(int year, List<StoredFigure> figures, List<StoredStory> stories, List<StoredProgress> progress) {
            this(year, figures.stream().filter(figure -> figure.year() <= year)
                            .collect(Collectors.groupingBy(StoredFigure::indicatorId)),
                    byId(stories.stream().filter(story -> story.kind() == StoredStory.StoryKind.GOAL).toList(),
                            StoredStory::subjectId),
                    byId(stories.stream().filter(story -> story.kind() == StoredStory.StoryKind.INDICATOR).toList(),
                            StoredStory::subjectId),
                    byId(progress, StoredProgress::actionId));
        }

        private static <T> Map<String, T> byId(List<T> items, Function<T, String> id) {
            return items.stream().collect(Collectors.toMap(id, item -> item, (first, second) -> first));
        }
    }

    private Chapter chapter(ThemePlugin theme, Data data) {
        List<SubjectPart> subjects = new ArrayList<>();
        for (Subject subject : theme.catalogue().subjects()) {
            List<GoalPart> goalParts = subject.goals().stream().map(goal -> goal(goal, data)).toList();
            List<ActionPart> actions = subject.goals().stream().flatMap(goal -> goal.actions().stream())
                    .map(action -> new ActionPart(action, Optional.ofNullable(data.progress().get(action.id()))
                            .map(stored -> new Progress(stored.status(), stored.note())))).toList();
            subjects.add(new SubjectPart(subject.id(), subject.name(), subject.introduction(), goalParts, actions));
        }
        return new Chapter(theme.descriptor().id(), theme.descriptor().name(), theme.descriptor().version().toString(),
                theme.catalogue().introduction(), subjects);
    }

    private GoalPart goal(Goal goal, Data data) {
        GoalResult result = goals.goalStatus(goal.id(), data.year(), ReportTexts.DUTCH);
        List<IndicatorPart> indicators = new ArrayList<>();
        for (Indicator indicator : goal.indicators()) {
            IndicatorResult indicatorResult = result.indicators().stream()
                    .filter(candidate -> candidate.indicatorId().equals(indicator.id())).findFirst().orElseThrow();
            List<Figure> own = data.figures().getOrDefault(indicator.id(), List.of()).stream()
                    .map(stored -> new Figure(stored.seriesId(), stored.year(), stored.value(),
                            stored.status() == FigureStatus.PROVISIONAL, stored.sourceNote())).toList();
            indicators.add(new IndicatorPart(indicator, indicatorResult, own,
                    story(data.indicatorStories().get(indicator.id()))));
        }
        return new GoalPart(goal, result, story(data.goalStories().get(goal.id())), indicators);
    }

    private static Optional<Story> story(StoredStory stored) {
        return Optional.ofNullable(stored).map(found -> new Story(found.body(), found.author(), found.writtenAt()));
    }
}
