package nl.veiligheidsagenda.architecture.planted.themes_use_core_api.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.model.Goal;
import nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.spi.Plugin;

import java.util.List;

/** Planted: a theme that keeps the rule (spi, model and the JDK only). */
public final class AlphaUsesModelSpiAndJdk implements Plugin {

    @Override
    public String id() {
        return "alpha";
    }

    public List<Goal> goals() {
        return List.of(new Goal("alpha.goal"));
    }
}
