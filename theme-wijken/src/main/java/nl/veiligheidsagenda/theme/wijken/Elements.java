package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;

/** Small factories that keep the subject classes close to the plan's own layout. */
final class Elements {

    static final String THEME_PREFIX = WijkenPlugin.ID + ".";

    /** The baseline period of most police and municipal series: "gemiddelde 2019-2022". */
    static final BaselinePeriod AVERAGE_2019_2022 = BaselinePeriod.averageOfYears(2019, 2022);

    private Elements() {
    }

    /** A theme-wide id: "wijken." followed by the slug. */
    static String id(String slug) {
        return THEME_PREFIX + slug;
    }

    /** An action with a title of ours: the plan's bullets have no headings. */
    static Action action(String slug, String title, String description, List<String> partners,
                         List<String> targetGroups) {
        return action(slug, title, description, partners, targetGroups, "");
    }

    /** An action with a title of ours and a horizon. */
    static Action action(String slug, String title, String description, List<String> partners,
                         List<String> targetGroups, String horizon) {
        return new Action(id(slug), title, description, partners, targetGroups, horizon).titledByUs();
    }

    /** A subject whose approach opens with its lead-in, followed by every action of its goal in the plan's order. */
    static Subject subject(String slug, String name, String introduction, Goal goal, String leadIn) {
        return new Subject(id(slug), name, introduction, List.of(goal), List.of(new Block.Paragraph(leadIn),
                Block.ActionList.of(goal.actions().toArray(Action[]::new))));
    }

    /** A series with a baseline; {@code value} is written with a decimal point ("2,9" in the plan is "2.9"). */
    static Series series(String id, String name, Unit unit, String value, BaselinePeriod period) {
        return new Series(id, name, unit, Baseline.of(value, period));
    }

    /** A series whose baseline covers another period than its goal names, with the reason. */
    static Series series(String id, String name, Unit unit, String value, BaselinePeriod period,
                         String periodNote) {
        return new Series(id, name, unit, Baseline.of(value, period, periodNote));
    }
}
