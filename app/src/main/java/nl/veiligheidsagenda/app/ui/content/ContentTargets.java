package nl.veiligheidsagenda.app.ui.content;

import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.IndicatorEntry;
import nl.veiligheidsagenda.app.ui.catalogue.CatalogueLinks;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What the blocks of one page refer to, resolved against what this deployment runs now: the enabled themes'
 * elements and pages, the plan's sections, the page's own figures and the stored figures of indicators. A block
 * whose target is not there (a theme switched off) is shown as text that says so, never as a broken link.
 */
public final class ContentTargets {

    /** A resolved link: where it goes and the text it shows. */
    public record Target(String href, String text) {
    }

    /** An indicator's series with its stored figures, for a chart and its table. */
    public record SeriesData(IndicatorEntry entry, String seriesId, List<StoredFigure> figures,
                             PlanCalendar calendar) {
    }

    private final CatalogueIndex index;
    private final String themeId;
    private final Map<String, ContextFigure> figures;
    private final PlanDescription plan;
    private final FigureService figureService;
    private final PlanCalendar calendar;
    private final Map<String, List<StoredProgress>> progress;

    private ContentTargets(CatalogueIndex index, String themeId, List<ContextFigure> figures, PlanDescription plan,
                           FigureService figureService, PlanCalendar calendar,
                           Map<String, List<StoredProgress>> progress) {
        this.index = index;
        this.themeId = themeId;
        this.figures = figures.stream().collect(Collectors.toMap(ContextFigure::id, Function.identity(),
                (first, second) -> first));
        this.plan = plan;
        this.figureService = figureService;
        this.calendar = calendar;
        this.progress = progress;
    }

    /** The targets of a theme's page or approach: its figures and actions are the theme's own. */
    public static ContentTargets ofTheme(ThemePlugin theme, ContentSources sources) {
        return new ContentTargets(CatalogueIndex.of(sources.themes().enabled()), theme.descriptor().id(),
                theme.catalogue().contextFigures(), sources.plan().description(), sources.figures(),
                sources.calendar(), sources.progress().progressByAction());
    }

    /** The targets of the plan's own text: its figures, and the actions of every enabled theme. */
    public static ContentTargets ofPlan(ContentSources sources) {
        PlanDescription plan = sources.plan().description();
        return new ContentTargets(CatalogueIndex.of(sources.themes().enabled()), "", plan.figures(), plan,
                sources.figures(), sources.calendar(), sources.progress().progressByAction());
    }

    /** What the owners reported on an action, every year (none: an empty list). */
    List<StoredProgress> progress(String actionId) {
        return progress.getOrDefault(actionId, List.of());
    }

    Optional<ContextFigure> figure(String figureId) {
        return Optional.ofNullable(figures.get(figureId));
    }

    /** The actions an action list shows, in its order (given ids) or the plan's order. */
    List<ActionEntry> actions(Block.ActionList list) {
        List<ActionEntry> inScope = index.actions().stream()
                .filter(entry -> themeId.isEmpty() || entry.themeId().equals(themeId))
                .filter(entry -> list.matches(entry.place().subject().id(), entry.action())).toList();
        if (list.actionIds().isEmpty()) {
            return inScope;
        }
        return list.actionIds().stream().flatMap(id -> inScope.stream()
                .filter(entry -> entry.action().id().equals(id)).findFirst().stream()).toList();
    }

    Optional<SeriesData> series(String indicatorId, String seriesId) {
        return index.indicator(indicatorId)
                .filter(entry -> entry.indicator().series().stream().anyMatch(series -> series.id().equals(seriesId)))
                .map(entry -> new SeriesData(entry, seriesId, figureService.figures(indicatorId).stream()
                        .filter(figure -> figure.seriesId().equals(seriesId)).toList(), calendar));
    }

    /** Where {@code link} goes and its text (the target's own name when the link gives none); empty when absent. */
    Optional<Target> resolve(Link link) {
        Optional<Target> target = switch (link.target()) {
            case THEME -> index.themes().stream().filter(theme -> theme.descriptor().id().equals(link.id()))
                    .findFirst().map(theme -> new Target(CatalogueLinks.themePath(link.id()),
                            theme.descriptor().name()));
            case SUBJECT -> index.goals().filter(place -> place.subject().id().equals(link.id())).findFirst()
                    .map(place -> new Target(CatalogueLinks.themePath(place.themeId()) + "#" + link.id(),
                            place.subject().name()));
            case GOAL -> index.goal(link.id()).map(place -> new Target(CatalogueLinks.goalPath(link.id()),
                    place.goal().statement()));
            case INDICATOR -> index.indicator(link.id()).map(entry -> new Target(
                    CatalogueLinks.indicatorPath(link.id()), entry.indicator().name()));
            case ACTION -> action(link.id());
            case PAGE -> page(link.id());
            case PLAN -> link.id().isEmpty() ? Optional.of(new Target(PlanPaths.OVERVIEW, plan.name()))
                    : plan.section(link.id()).map(section -> new Target(PlanPaths.section(section.path()),
                            section.title()));
        };
        return target.map(found -> link.text().isBlank() ? found : new Target(found.href(), link.text()));
    }

    /** An action or a part of one, on its theme's page. */
    Optional<Target> action(String actionId) {
        return index.themes().stream().flatMap(theme -> theme.catalogue().action(actionId).stream()
                        .map(action -> new Target(CatalogueLinks.themePath(theme.descriptor().id()) + "#" + actionId,
                                action.title() + " (" + theme.descriptor().name() + ")")))
                .findFirst();
    }

    private Optional<Target> page(String pageId) {
        int slash = pageId.indexOf('/');
        if (slash < 0) {
            return Optional.empty();
        }
        String theme = pageId.substring(0, slash);
        String path = pageId.substring(slash + 1);
        return index.themes().stream().filter(plugin -> plugin.descriptor().id().equals(theme)).findFirst()
                .map(ThemePlugin::catalogue).map(ThemeCatalogue::pages).flatMap(pages -> pages.stream()
                        .filter(page -> page.path().equals(path)).findFirst())
                .map((ThemePage page) -> new Target(CatalogueLinks.themePath(theme) + "/" + path, page.title()));
    }
}
