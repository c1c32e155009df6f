package nl.veiligheidsagenda.core.spi;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;

/**
 * The one service a theme module provides. The host discovers it with {@link java.util.ServiceLoader}, checks
 * its descriptor against the running core SPI and validates its catalogue before anything of it is shown.
 */
public interface ThemePlugin {

    /** Who the plugin is and which core SPI versions it works with. */
    PluginDescriptor descriptor();

    /** The theme's content: subjects, goals, indicators, actions, context figures and extra pages. */
    ThemeCatalogue catalogue();
}
