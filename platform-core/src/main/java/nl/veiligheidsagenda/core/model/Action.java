package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * One action of a goal's approach ("aanpak"): a bullet or a sub-headed paragraph of the plan.
 *
 * @param title        a short title (the paragraph's heading where the plan gives one)
 * @param description  the plan's text of the action
 * @param partners     the partners the plan names (politie, OM, RIEC, ZVHF, GGD, …)
 * @param targetGroups the target groups the plan names (jeugd, senioren, ondernemers, Almeerders, professionals …)
 * @param horizon      when the plan gives one (e.g. "2023-2024", "2023"), otherwise empty
 */
public record Action(String id, String title, String description, List<String> partners,
                     List<String> targetGroups, String horizon) {

    public Action {
        partners = List.copyOf(partners);
        targetGroups = List.copyOf(targetGroups);
        horizon = horizon == null ? "" : horizon;
    }
}
