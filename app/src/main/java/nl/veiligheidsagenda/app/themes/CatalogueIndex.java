package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** Finds goals, indicators and actions of the enabled themes by their stable ids, with the theme they belong to. */
public final class CatalogueIndex {

    private final ThemeService themes;

    public CatalogueIndex(ThemeService themes) {
        this.themes = themes;
    }

    public record GoalRef(ThemePlugin theme, Subject subject, Goal goal) {
        public String themeId() {
            return theme.descriptor().id();
        }
    }

    public record IndicatorRef(GoalRef goal, Indicator indicator) {
        public String themeId() {
            return goal.themeId();
        }
    }

    public record ActionRef(GoalRef goal, Action action) {
        public String themeId() {
            return goal.themeId();
        }
    }

    public Stream<GoalRef> goals() {
        return themes.enabled().stream().flatMap(theme -> theme.catalogue().subjects().stream()
                .flatMap(subject -> subject.goals().stream().map(goal -> new GoalRef(theme, subject, goal))));
    }

    public Stream<IndicatorRef> indicators() {
        return goals().flatMap(ref -> ref.goal().indicators().stream().map(indicator -> new IndicatorRef(ref, indicator)));
    }

    public Stream<ActionRef> actions() {
        return goals().flatMap(ref -> ref.goal().actions().stream().map(action -> new ActionRef(ref, action)));
    }

    public Optional<GoalRef> goal(String goalId) {
        return goals().filter(ref -> ref.goal().id().equals(goalId)).findFirst();
    }

    public Optional<IndicatorRef> indicator(String indicatorId) {
        return indicators().filter(ref -> ref.indicator().id().equals(indicatorId)).findFirst();
    }

    public Optional<ActionRef> action(String actionId) {
        return actions().filter(ref -> ref.action().id().equals(actionId)).findFirst();
    }

    public List<IndicatorRef> indicatorsOfTheme(String themeId) {
        return indicators().filter(ref -> ref.themeId().equals(themeId)).toList();
    }
}
