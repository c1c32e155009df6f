package nl.veiligheidsagenda.core.spi;

/**
 * Identity of a theme plugin.
 *
 * @param id             stable id, lower-case letters, digits and dashes (e.g. "ondermijning"); used in routes,
 *                       configuration and as the key of stored figures
 * @param name           the theme's name as the plan gives it
 * @param version        the plugin's own version (its module's Maven version)
 * @param supportedCore  the core SPI versions this plugin works with, e.g. "[1.0,2.0)"
 * @param order          position in the menu (the plan's theme number)
 */
public record PluginDescriptor(String id, String name, String version, String supportedCore, int order) {
}
