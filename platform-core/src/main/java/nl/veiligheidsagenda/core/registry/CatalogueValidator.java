package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link.Target;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PeriodDifference;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Checks a theme's catalogue before the host shows any of it. Every violation names the theme, the element and the
 * rule, so the theme owner can fix all of them in one go.
 */
public final class CatalogueValidator {

    /** Element ids: the theme id, a dot, then lower-case words joined by dashes ("wijken.overlast-op-straat"). */
    static final Pattern LOCAL_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String themeId;
    private final List<PluginProblem> problems = new ArrayList<>();
    private final Set<String> seenIds = new HashSet<>();

    private CatalogueValidator(String themeId) {
        this.themeId = themeId;
    }

    /** All violations of {@code catalogue}; empty when it is valid. */
    public static List<PluginProblem> validate(String themeId, ThemeCatalogue catalogue) {
        CatalogueValidator validator = new CatalogueValidator(themeId);
        validator.check(catalogue);
        return List.copyOf(validator.problems);
    }

    private void check(ThemeCatalogue catalogue) {
        if (catalogue.subjects().isEmpty()) {
            violation(themeId, "no-subjects");
        }
        for (Subject subject : catalogue.subjects()) {
            checkId(subject.id());
            notBlank(subject.id(), "name", subject.name());
            if (subject.goals().isEmpty()) {
                violation(subject.id(), "subject-without-goal");
            }
            subject.goals().forEach(this::checkGoal);
        }
        Set<String> figureIds = new HashSet<>();
        for (ContextFigure figure : catalogue.contextFigures()) {
            checkId(figure.id());
            figureIds.add(figure.id());
            notBlank(figure.id(), "title", figure.title());
            if (figure.points().isEmpty()) {
                violation(figure.id(), "figure-without-points");
            }
        }
        BlockRules blocks = new BlockRules(scope(catalogue, figureIds), this::violation);
        for (Subject subject : catalogue.subjects()) {
            checkApproach(subject, blocks);
        }
        Set<String> paths = new HashSet<>();
        for (ThemePage page : catalogue.pages()) {
            if (page.path() == null || !LOCAL_ID.matcher(page.path()).matches()) {
                violation(String.valueOf(page.path()), "page-path");
            } else if (!paths.add(page.path())) {
                violation(page.path(), "duplicate-id");
            }
            notBlank(String.valueOf(page.path()), "title", page.title());
            if (page.content().isEmpty()) {
                violation(String.valueOf(page.path()), "page-empty");
            }
            blocks.check(String.valueOf(page.path()), page.content());
        }
    }

    /** What this theme's blocks may refer to: its own elements, pages and figures. */
    private BlockRules.Scope scope(ThemeCatalogue catalogue, Set<String> figureIds) {
        Map<Target, Set<String>> own = new EnumMap<>(Target.class);
        own.put(Target.SUBJECT, ids(catalogue.subjects().stream().map(Subject::id)));
        own.put(Target.GOAL, ids(catalogue.goals().map(Goal::id)));
        own.put(Target.INDICATOR, ids(catalogue.indicators().map(Indicator::id)));
        own.put(Target.ACTION, ids(catalogue.actions()
                .flatMap(action -> Stream.concat(Stream.of(action),
                        action.parts().stream()))
                .map(Action::id)));
        own.put(Target.PAGE, ids(catalogue.pages().stream().map(page -> themeId + "/" + page.path())));
        Set<String> series = ids(catalogue.indicators().flatMap(indicator -> indicator.series().stream()
                .map(one -> indicator.id() + "/" + one.id())));
        return new BlockRules.Scope(themeId, figureIds, own, series);
    }

    private static Set<String> ids(Stream<String> ids) {
        return ids.collect(Collectors.toUnmodifiableSet());
    }

    /**
     * An approach written in blocks places every action of its subject exactly once, by id, and no other action: so
     * the theme page shows every action in the plan's order between the approach's texts.
     */
    private void checkApproach(Subject subject, BlockRules blocks) {
        if (subject.approach().isEmpty()) {
            return;
        }
        String where = subject.id() + "/aanpak";
        blocks.check(where, subject.approach());
        Set<String> own = subject.goals().stream().flatMap(goal -> goal.actions().stream()).map(Action::id)
                .collect(Collectors.toSet());
        Map<String, Integer> placed = new HashMap<>();
        for (Block block : subject.approach()) {
            if (block instanceof Block.ActionList list) {
                if (list.actionIds().isEmpty()) {
                    violation(where, "approach-list-without-ids");
                }
                list.actionIds().forEach(id -> placed.merge(id, 1, Integer::sum));
            }
        }
        placed.forEach((id, times) -> {
            if (!own.contains(id)) {
                violation(where, "approach-foreign-action", id);
            } else if (times > 1) {
                violation(where, "approach-action-twice", id);
            }
        });
        own.stream().filter(id -> !placed.containsKey(id)).sorted()
                .forEach(id -> violation(where, "approach-action-missing", id));
    }

    private void checkGoal(Goal goal) {
        checkId(goal.id());
        notBlank(goal.id(), "statement", goal.statement());
        if (goal.rule() == null) {
            violation(goal.id(), "goal-without-rule");
        } else {
            notBlank(goal.id(), "rule wording", goal.rule().wording());
            if (goal.rule().measurable() && goal.indicators().isEmpty()) {
                violation(goal.id(), "measurable-goal-without-indicator");
            }
        }
        goal.indicators().forEach(this::checkIndicator);
        if (goal.measured()) {
            checkMeasured(goal);
        }
        goal.actions().forEach(this::checkAction);
    }

    /** A measured goal judges in a stated direction, and shows every baseline period that differs from its own. */
    private void checkMeasured(Goal goal) {
        goal.indicators().stream().filter(indicator -> indicator.direction() == Direction.NOT_STATED)
                .forEach(indicator -> violation(indicator.id(), "measured-goal-indicator-without-direction",
                        goal.id()));
        goal.periodDifferences().stream().filter(difference -> difference.note().isEmpty())
                .forEach(difference -> violation(difference.indicator().id() + "/" + difference.series().id(),
                        "baseline-period-differs-without-note", difference.baselinePeriod().label(),
                        difference.goalPeriod().label()));
        if (goal.rule().statedPeriod() != null) {
            List<Series> differing = goal.periodDifferences().stream().map(PeriodDifference::series).toList();
            goal.indicators().forEach(indicator -> indicator.series().stream()
                    .filter(series -> series.baseline() != null && series.baseline().hasPeriodNote()
                            && !differing.contains(series))
                    .forEach(series -> violation(indicator.id() + "/" + series.id(),
                            "baseline-period-note-without-difference")));
        }
    }

    private void checkIndicator(Indicator indicator) {
        checkId(indicator.id());
        notBlank(indicator.id(), "name", indicator.name());
        notBlank(indicator.id(), "source", indicator.source());
        if (indicator.unit() == null || indicator.cadence() == null || indicator.direction() == null) {
            violation(indicator.id(), "indicator-incomplete");
            return;
        }
        if (indicator.series().isEmpty()) {
            violation(indicator.id(), "indicator-without-series");
        }
        Set<String> seriesIds = new HashSet<>();
        for (Series series : indicator.series()) {
            String elementId = indicator.id() + "/" + series.id();
            if (series.id() == null || !LOCAL_ID.matcher(series.id()).matches()) {
                violation(elementId, "series-id");
            } else if (!seriesIds.add(series.id())) {
                violation(elementId, "duplicate-id");
            }
            notBlank(elementId, "name", series.name());
            if (series.unit() == null) {
                violation(elementId, "series-without-unit");
            }
            if (series.baseline() != null) {
                checkBaseline(indicator, elementId, series.baseline());
            }
        }
    }

    private void checkBaseline(Indicator indicator, String elementId, Baseline baseline) {
        BaselinePeriod period = baseline.period();
        List<Integer> years = period.years();
        if (years.isEmpty()) {
            violation(elementId, "baseline-without-period");
            return;
        }
        boolean singleYear = period.kind() == BaselinePeriod.Kind.SINGLE_YEAR;
        if (singleYear != (years.size() == 1)) {
            violation(elementId, "baseline-period-kind", period.kind(), years);
        }
        if (!years.stream().sorted().distinct().toList().equals(years)) {
            violation(elementId, "baseline-years-order", years);
        }
        if (baseline.value().signum() < 0) {
            violation(elementId, "baseline-negative", baseline.value());
        }
        if (indicator.unit().isPercentage() && baseline.value().compareTo(java.math.BigDecimal.valueOf(100)) > 0) {
            violation(elementId, "baseline-percentage", baseline.value());
        }
        years.stream().filter(year -> !indicator.cadence().isMeasuredIn(year))
                .forEach(year -> violation(elementId, "baseline-year-not-measured", year,
                        indicator.cadence().frequency(), indicator.cadence().firstYear()));
    }

    private void checkAction(Action action) {
        checkActionFields(action);
        for (Action part : action.parts()) {
            checkActionFields(part);
            if (!part.parts().isEmpty()) {
                violation(part.id(), "part-with-parts");
            }
            part.partners().stream().filter(name -> !action.partners().contains(name))
                    .forEach(name -> violation(part.id(), "part-name-not-on-action", name));
            part.targetGroups().stream().filter(name -> !action.targetGroups().contains(name))
                    .forEach(name -> violation(part.id(), "part-name-not-on-action", name));
        }
    }

    private void checkActionFields(Action action) {
        checkId(action.id());
        notBlank(action.id(), "title", action.title());
        notBlank(action.id(), "description", action.description());
        if (action.partners().stream().anyMatch(String::isBlank)
                || action.targetGroups().stream().anyMatch(String::isBlank)) {
            violation(action.id(), "action-blank-name");
        }
        for (String other : action.seeAlso()) {
            if (!BlockRules.ELEMENT_ID.matcher(other).matches() || other.equals(action.id())) {
                violation(action.id(), "see-also-id", other);
            }
        }
    }

    private void checkId(String id) {
        String prefix = themeId + ".";
        if (id == null || !id.startsWith(prefix) || !LOCAL_ID.matcher(id.substring(prefix.length())).matches()) {
            violation(String.valueOf(id), "id-format", prefix);
        } else if (!seenIds.add(id)) {
            violation(id, "duplicate-id");
        }
    }

    private void notBlank(String elementId, String field, String value) {
        if (value == null || value.isBlank()) {
            violation(elementId, "blank", field);
        }
    }

    private void violation(String elementId, String rule, Object... ruleArguments) {
        List<Object> arguments = new ArrayList<>(List.of(themeId, elementId, rule));
        arguments.addAll(List.of(ruleArguments));
        problems.add(PluginProblem.of(PluginProblem.Kind.CATALOGUE_INVALID, arguments.toArray()));
    }
}
