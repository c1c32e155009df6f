package nl.veiligheidsagenda.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one theme of the plan contains: its introduction, its subjects in the plan's order,
 * context figures that belong to no goal, and extra pages built from those figures.
 */
public record ThemeCatalogue(String introduction, List<Subject> subjects, List<ContextFigure> contextFigures,
                             List<ThemePage> pages) {

    public ThemeCatalogue {
        Objects.requireNonNull(introduction, "introduction");
        subjects = List.copyOf(subjects);
        contextFigures = List.copyOf(contextFigures);
        pages = List.copyOf(pages);
    }

    public ThemeCatalogue(String introduction, List<Subject> subjects) {
        this(introduction, subjects, List.of(), List.of());
    }

    public Stream<Goal> goals() {
        return subjects.stream().flatMap(subject -> subject.goals().stream());
    }

    public Stream<Indicator> indicators() {
        return goals().flatMap(goal -> goal.indicators().stream());
    }

    /** The plan's actions (the units progress is reported on); their parts are inside them. */
    public Stream<Action> actions() {
        return goals().flatMap(goal -> goal.actions().stream());
    }

    public Optional<Goal> goal(String goalId) {
        return goals().filter(goal -> goal.id().equals(goalId)).findFirst();
    }

    public Optional<Indicator> indicator(String indicatorId) {
        return indicators().filter(indicator -> indicator.id().equals(indicatorId)).findFirst();
    }

    /** The action with this id, whether one of the plan's actions or a part of one. */
    public Optional<Action> action(String actionId) {
        return actions().flatMap(action -> Stream.concat(Stream.of(action), action.parts().stream()))
                .filter(action -> action.id().equals(actionId)).findFirst();
    }

    public Optional<ContextFigure> contextFigure(String figureId) {
        return contextFigures.stream().filter(figure -> figure.id().equals(figureId)).findFirst();
    }
}
