package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/** Theme 3 of the plan: Veilige wijken. */
public final class WijkenPlugin implements ThemePlugin {

    static final String ID = "wijken";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID,
            "Veilige wijken",
            PluginProperties.version(WijkenPlugin.class.getResourceAsStream("plugin.properties")),
            "[1.2,2.0)", 3);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return WijkenCatalogue.CATALOGUE;
    }

    @Override
    public List<SeriesSource> sources() {
        return PublishedSources.ALL;
    }
}
