package nl.veiligheidsagenda.architecture.planted.app_not_on_themes.app.themes;

import nl.veiligheidsagenda.architecture.planted.app_not_on_themes.core.spi.Plugin;

import java.util.List;

/** Planted: the app knows themes only through the core's contract. */
public final class ThemesThroughTheCore {

    public List<String> ids(List<Plugin> plugins) {
        return plugins.stream().map(Plugin::id).toList();
    }
}
