package nl.veiligheidsagenda.architecture.planted.core_independent.core.registry;

import nl.veiligheidsagenda.architecture.planted.core_independent.theme.alpha.AlphaPlugin;

/** Planted violation: the core names a particular theme. */
public final class RegistryKnowsATheme {

    public boolean isAlpha(Object plugin) {
        return plugin instanceof AlphaPlugin;
    }
}
