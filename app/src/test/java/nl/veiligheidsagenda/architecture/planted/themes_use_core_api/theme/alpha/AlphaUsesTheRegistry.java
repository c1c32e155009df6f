package nl.veiligheidsagenda.architecture.planted.themes_use_core_api.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.registry.Registry;

/** Planted violation: a theme binds to the core's registry, which is not part of the plugin contract. */
public final class AlphaUsesTheRegistry {

    public boolean selfCheck() {
        return Registry.accepted("alpha");
    }
}
