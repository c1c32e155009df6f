package nl.veiligheidsagenda.architecture.planted.app_not_on_themes.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.app_not_on_themes.core.spi.Plugin;

/** Planted: a theme's plugin. */
public final class AlphaPlugin implements Plugin {

    @Override
    public String id() {
        return "alpha";
    }
}
