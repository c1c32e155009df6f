package nl.veiligheidsagenda.architecture.planted.app_cycles.app.web;

import nl.veiligheidsagenda.architecture.planted.app_cycles.app.config.Settings;

/** Planted: the services the web server publishes. */
public record AppContext(Settings settings) {
}
