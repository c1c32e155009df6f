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
 * What an owner still has to do: figures of the plan's years up to last year that are due and not entered (late or
 * missing by the same rule that keeps a measured goal "onvolledig": the cadence measures that year and the
 * availability date has passed); goals and indicators without a story for last year, and goals accounted in words
 * without the owner's assessment; actions without progress in the current year (within the plan period).
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
                .stream().map(figure -> figure.indicatorId() + "/" + figure.seriesId() + "/" + figure.year())
                .collect(Collectors.toSet());
        List<Task> due = new ArrayList<>();
        for (int year : calendar.years()) {
            for (CatalogueIndex.IndicatorEntry ref : indicators) {
                Indicator indicator = ref.indicator();
                if (!Availability.withoutValue(indicator.cadence(), year, today).isDueAndAbsent()) {
                    continue;
                }
                for (Series series : indicator.series()) {
                    if (!entered.contains(indicator.id() + "/" + series.id() + "/" + year)) {
                        due.add(new Task(year + ": " + indicator.name() + ": " + series.name(),
                                "invoeren?" + PlanCalendar.YEAR_PARAMETER + "=" + year));
                    }
                }
            }
        }

        List<Task> missingStories = new ArrayList<>();
        if (calendar.period().contains(reportYear)) {
            List<StoredStory> ofYear = stories.storiesOfYear(reportYear);
            Set<String> written = ofYear.stream()
                    .map(story -> story.kind() + "/" + story.subjectId()).collect(Collectors.toSet());
            Set<String> assessed = ofYear.stream().filter(story -> story.assessment() != null)
                    .map(StoredStory::subjectId).collect(Collectors.toSet());
            catalogue.goals().filter(ref -> actor.mayEditTheme(ref.themeId()))
                    .filter(ref -> !written.contains(StoredStory.StoryKind.GOAL + "/" + ref.goal().id())
                            || !ref.goal().measured() && !assessed.contains(ref.goal().id()))
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
