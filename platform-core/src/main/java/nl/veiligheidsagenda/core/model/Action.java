package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * One action of a goal's approach ("aanpak"): a unit of the plan, a bullet or a sub-headed paragraph. Progress is
 * reported per action, so a passage that is not an action (a lead-in, a cross-reference) is text of the approach
 * ({@link Subject#approach()}), never an action.
 *
 * @param id            stable id; yearly progress is keyed by it
 * @param title         a short title: the plan's heading where it gives one, else one of ours ({@link #titleOrigin})
 * @param description   the plan's text of the action
 * @param partners      the partners the action's own text names (politie, OM, RIEC, ZVHF, GGD, …), nothing guessed
 * @param targetGroups  the target groups the action's own text names (jeugd, senioren, ondernemers …)
 * @param horizon       when the plan gives one (e.g. "2023-2024", "2023"), otherwise empty
 * @param titleOrigin   whether the title is the plan's own heading or written for this catalogue
 * @param parts         where we split one action of the plan into parts with titles of our own: those parts, each
 *                      with the piece of the text it covers (its partners and target groups are also the action's);
 *                      progress is reported on the action, not on its parts
 * @param seeAlso       ids of the same action where it appears elsewhere in the plan, e.g. in another theme
 */
public record Action(String id, String title, String description, List<String> partners,
                     List<String> targetGroups, String horizon, TitleOrigin titleOrigin, List<Action> parts,
                     List<String> seeAlso) {

    /** Where an action's title comes from; the shell marks titles that are ours. */
    public enum TitleOrigin {
        /** The plan's own heading of the action. */
        PLAN,
        /** Written for this catalogue: the plan gives the passage no heading. */
        OURS
    }

    public Action {
        partners = List.copyOf(partners);
        targetGroups = List.copyOf(targetGroups);
        horizon = horizon == null ? "" : horizon;
        titleOrigin = titleOrigin == null ? TitleOrigin.PLAN : titleOrigin;
        parts = List.copyOf(parts);
        seeAlso = List.copyOf(seeAlso);
    }

    /**
     * The action as core SPI 1.0 and 1.1 knew it: no parts, no cross-references, and its title shown as it is,
     * without a mark ({@link TitleOrigin#PLAN}).
     */
    public Action(String id, String title, String description, List<String> partners, List<String> targetGroups,
                  String horizon) {
        this(id, title, description, partners, targetGroups, horizon, TitleOrigin.PLAN, List.of(), List.of());
    }

    /** This action with a title of our own. */
    public Action titledByUs() {
        return new Action(id, title, description, partners, targetGroups, horizon, TitleOrigin.OURS, parts, seeAlso);
    }

    /** This action split into {@code parts} (sub-actions with titles of our own). */
    public Action withParts(Action... parts) {
        return new Action(id, title, description, partners, targetGroups, horizon, titleOrigin, List.of(parts),
                seeAlso);
    }

    /** This action, referring to the same action elsewhere in the plan. */
    public Action withSeeAlso(String... actionIds) {
        return new Action(id, title, description, partners, targetGroups, horizon, titleOrigin, parts,
                List.of(actionIds));
    }
}
