package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.Availability;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What an owner still has to do: figures of last year that are due (their cadence measures that year and the
 * availability date has passed) but not entered; goals and indicators without a story for last year; actions
 * without progress in the current year (within the plan period).
 */
public record MyTasks(int reportYear, int currentYear, List<Task> dueFigures, List<Task> missingStories,
                      List<Task> actionsWithoutProgress) {

    /** One thing to do, with the page where it is done. */
    public record Task(String label, String link) {
    }

    public static MyTasks of(ThemeService themes, FigureService figures, StoryService stories,
                             ProgressService progress, PlanCalendar calendar, Actor actor) {
        CatalogueIndex catalogue = CatalogueIndex.of(themes.enabled());
        LocalDate today = calendar.today();
        int reportYear = today.getYear() - 1;
        int currentYear = today.getYear();
        List<CatalogueIndex.IndicatorEntry> indicators = catalogue.indicators()
                .filter(ref -> actor.mayEditTheme(ref.themeId())).toList();

        Set<String> entered = figures.figuresOf(indicators.stream().map(ref -> ref.indicator().id()).toList())
                .stream().filter(figure -> figure.year() == reportYear)
                .map(figure -> figure.indicatorId() + "/" + figure.seriesId()).collect(Collectors.toSet());
        List<Task> due = new ArrayList<>();
        for (CatalogueIndex.IndicatorEntry ref : indicators) {
            Indicator indicator = ref.indicator();
            boolean isDue = indicator.cadence().isMeasuredIn(reportYear)
                    && !today.isBefore(Availability.dueDate(indicator.cadence(), reportYear));
            for (Series series : indicator.series()) {
                if (isDue && !entered.contains(indicator.id() + "/" + series.id())) {
                    due.add(new Task(indicator.name() + ": " + series.name(), "invoeren"));
                }
            }
        }

        List<Task> missingStories = new ArrayList<>();
        if (calendar.period().contains(reportYear)) {
            Set<String> written = stories.storiesOfYear(reportYear).stream()
                    .map(story -> story.kind() + "/" + story.subjectId()).collect(Collectors.toSet());
            catalogue.goals().filter(ref -> actor.mayEditTheme(ref.themeId()))
                    .filter(ref -> !written.contains(StoredStory.StoryKind.GOAL + "/" + ref.goal().id()))
                    .forEach(ref -> missingStories.add(new Task(ref.goal().statement(), "doel/" + ref.goal().id())));
            indicators.stream()
                    .filter(ref -> !written.contains(StoredStory.StoryKind.INDICATOR + "/" + ref.indicator().id()))
                    .forEach(ref -> missingStories.add(new Task(ref.indicator().name(),
                            "indicator/" + ref.indicator().id())));
        }

        List<Task> withoutProgress = new ArrayList<>();
        if (calendar.period().contains(currentYear)) {
            Set<String> recorded = progress.progressOfYear(currentYear).stream().map(StoredProgress::actionId)
                    .collect(Collectors.toSet());
            catalogue.actions().stream().filter(ref -> actor.mayEditTheme(ref.themeId()))
                    .filter(ref -> !recorded.contains(ref.action().id()))
                    .forEach(ref -> withoutProgress.add(new Task(ref.action().title(),
                            "doel/" + ref.place().goal().id())));
        }
        return new MyTasks(reportYear, currentYear, due, missingStories, withoutProgress);
    }
}
