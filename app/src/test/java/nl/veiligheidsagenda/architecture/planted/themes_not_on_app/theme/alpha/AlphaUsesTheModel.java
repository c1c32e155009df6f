package nl.veiligheidsagenda.architecture.planted.themes_not_on_app.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.themes_not_on_app.core.model.Goal;

/** Planted: a theme that keeps the rule (it uses the core's model). */
public final class AlphaUsesTheModel {

    public Goal goal() {
        return new Goal("alpha.goal");
    }
}
