package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.app.plan.ContentJson;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * {@code GET /api/v1/catalogue}: the plan's content of every enabled theme. The JSON shape is a contract for
 * scripts, so it is spelled out here in records rather than derived from the model.
 */
public final class CatalogueResource {

    private CatalogueResource() {
    }

    record CatalogueJson(List<ThemeJson> themes) {
    }

    record ThemeJson(String id, String name, String version, String introduction, List<SubjectJson> subjects,
                     List<ContentJson.FigureJson> contextFigures, List<PageJson> pages) {
    }

    record SubjectJson(String id, String name, String introduction, List<GoalJson> goals,
                       List<Map<String, Object>> approach) {
    }

    record PageJson(String path, String title, List<Map<String, Object>> blocks) {
    }

    /**
     * {@code kind}: MEASURED or ACCOUNTED_IN_WORDS; {@code reportedInWords} is true for the latter (also when it has
     * signal indicators); {@code statedPeriod}: the period the statement compares with, or null.
     */
    record GoalJson(String id, String statement, String kind, String evaluation, String evaluationWording,
                    PeriodJson statedPeriod, boolean reportedInWords, List<IndicatorJson> indicators,
                    List<ActionJson> actions) {
    }

    record PeriodJson(String period, String periodKind, List<Integer> years) {

        static PeriodJson of(BaselinePeriod period) {
            return period == null ? null : new PeriodJson(period.label(), period.kind().name(), period.years());
        }
    }

    record IndicatorJson(String id, String name, String unit, String source, CadenceJson cadence, String remarks,
                         String direction, String reportingCaveat, List<SeriesJson> series) {
    }

    record CadenceJson(String frequency, int firstYear, Integer availableFromMonth) {
    }

    record SeriesJson(String id, String name, String unit, BaselineJson baseline) {
    }

    /** {@code periodNote}: why the period differs from the goal's stated period; empty when it does not. */
    record BaselineJson(BigDecimal value, String period, String periodKind, List<Integer> years, String periodNote) {
    }

    record ActionJson(String id, String title, String description, List<String> partners, List<String> targetGroups,
                      String horizon, String titleOrigin, List<ActionJson> parts, List<String> seeAlso) {
    }

    public static CatalogueJson catalogue(ThemeService themes) {
        return new CatalogueJson(themes.enabled().stream().map(CatalogueResource::theme).toList());
    }

    private static ThemeJson theme(ThemePlugin plugin) {
        var catalogue = plugin.catalogue();
        return new ThemeJson(plugin.descriptor().id(), plugin.descriptor().name(), plugin.descriptor().version(),
                catalogue.introduction(), catalogue.subjects().stream().map(CatalogueResource::subject).toList(),
                catalogue.contextFigures().stream().map(ContentJson::figure).toList(),
                catalogue.pages().stream().map(page -> new PageJson(page.path(), page.title(),
                        ContentJson.blocks(page.content()))).toList());
    }

    private static SubjectJson subject(Subject subject) {
        return new SubjectJson(subject.id(), subject.name(), subject.introduction(),
                subject.goals().stream().map(CatalogueResource::goal).toList(), ContentJson.blocks(subject.approach()));
    }

    private static GoalJson goal(Goal goal) {
        return new GoalJson(goal.id(), goal.statement(), goal.kind().name(), goal.rule().kind().name(),
                goal.rule().wording(), PeriodJson.of(goal.rule().statedPeriod()), !goal.measured(),
                goal.indicators().stream().map(indicator -> indicator(goal, indicator)).toList(),
                goal.actions().stream().map(CatalogueResource::action).toList());
    }

    /** The indicator with the direction its goal judges it in ({@code NOT_STATED} for a signal). */
    private static IndicatorJson indicator(Goal goal, Indicator indicator) {
        var cadence = indicator.cadence();
        return new IndicatorJson(indicator.id(), indicator.name(), indicator.unit().name(), indicator.source(),
                new CadenceJson(cadence.frequency().name(), cadence.firstYear(),
                        cadence.availableFromMonth().map(month -> month.getValue()).orElse(null)),
                indicator.remarks(), goal.statedDirection(indicator).name(), indicator.reportingCaveat(),
                indicator.series().stream().map(CatalogueResource::series).toList());
    }

    private static SeriesJson series(Series series) {
        Baseline baseline = series.baseline();
        return new SeriesJson(series.id(), series.name(), series.unit().name(), baseline == null ? null
                : new BaselineJson(baseline.value(), baseline.period().label(), baseline.period().kind().name(),
                        baseline.period().years(), baseline.periodNote()));
    }

    private static ActionJson action(Action action) {
        return new ActionJson(action.id(), action.title(), action.description(), action.partners(),
                action.targetGroups(), action.horizon(), action.titleOrigin().name(),
                action.parts().stream().map(CatalogueResource::action).toList(), action.seeAlso());
    }
}
