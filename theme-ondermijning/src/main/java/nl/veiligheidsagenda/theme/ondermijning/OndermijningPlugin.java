package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/** Theme 1 of the plan: Georganiseerde ondermijnende criminaliteit. */
public final class OndermijningPlugin implements ThemePlugin {

    static final String ID = "ondermijning";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID,
            "Georganiseerde ondermijnende criminaliteit",
            PluginProperties.version(OndermijningPlugin.class.getResourceAsStream("plugin.properties")),
            "[1.2,2.0)", 1);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return OndermijningCatalogue.CATALOGUE;
    }

    @Override
    public List<SeriesSource> sources() {
        return PublishedSources.ALL;
    }
}
