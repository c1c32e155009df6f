package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

/**
 * The enabled themes' catalogues by stable id: every goal, indicator and action together with where it sits
 * (theme, subject, goal). It only points into the plugins' immutable records, it copies none of them; take a new
 * index ({@link #of}) when the enabled themes may have changed.
 */
public final class CatalogueIndex {

    /** Where a goal sits: its theme and subject. */
    public record Place(ThemePlugin theme, Subject subject, Goal goal) {

        public String themeId() {
            return theme.descriptor().id();
        }

        public String themeName() {
            return theme.descriptor().name();
        }
    }

    /** An indicator and the goal it measures. */
    public record IndicatorEntry(Place place, Indicator indicator) {

        public String themeId() {
            return place.themeId();
        }
    }

    /** An action and the goal whose approach it belongs to. */
    public record ActionEntry(Place place, Action action) {

        public String themeId() {
            return place.themeId();
        }
    }

    private static final Collator DUTCH_ORDER = Collator.getInstance(Locale.of("nl"));

    private final List<ThemePlugin> themes;

    private CatalogueIndex(List<ThemePlugin> themes) {
        this.themes = List.copyOf(themes);
    }

    /** The index of the given (enabled) themes, in their menu order. */
    public static CatalogueIndex of(List<ThemePlugin> enabledThemes) {
        return new CatalogueIndex(enabledThemes);
    }

    public List<ThemePlugin> themes() {
        return themes;
    }

    public Stream<Place> goals() {
        return themes.stream().flatMap(theme -> theme.catalogue().subjects().stream()
                .flatMap(subject -> subject.goals().stream().map(goal -> new Place(theme, subject, goal))));
    }

    public Stream<IndicatorEntry> indicators() {
        return goals().flatMap(place -> place.goal().indicators().stream()
                .map(indicator -> new IndicatorEntry(place, indicator)));
    }

    /** Every action in the plan's order: theme by theme, subject by subject. */
    public List<ActionEntry> actions() {
        return goals().flatMap(place -> place.goal().actions().stream().map(action -> new ActionEntry(place, action)))
                .toList();
    }

    public Optional<Place> goal(String goalId) {
        return goals().filter(place -> place.goal().id().equals(goalId)).findFirst();
    }

    public Optional<IndicatorEntry> indicator(String indicatorId) {
        return indicators().filter(entry -> entry.indicator().id().equals(indicatorId)).findFirst();
    }

    public Optional<ActionEntry> action(String actionId) {
        return actions().stream().filter(entry -> entry.action().id().equals(actionId)).findFirst();
    }

    /** Every partner named by an action, once, in Dutch alphabetical order. */
    public List<String> partners() {
        return distinct(action -> action.partners());
    }

    /** Every target group named by an action, once, in Dutch alphabetical order. */
    public List<String> targetGroups() {
        return distinct(action -> action.targetGroups());
    }

    private List<String> distinct(Function<Action, Collection<String>> names) {
        return actions().stream().flatMap(entry -> names.apply(entry.action()).stream()).distinct()
                .sorted(DUTCH_ORDER).toList();
    }
}
