package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;

/** Theme 2 of the plan: Digitale veiligheid. */
public final class DigitaalPlugin implements ThemePlugin {

    static final String ID = "digitaal";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID,
            "Digitale veiligheid",
            PluginProperties.version(DigitaalPlugin.class.getResourceAsStream("plugin.properties")),
            "[1.2,2.0)", 2);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return DigitaalCatalogue.CATALOGUE;
    }

    @Override
    public List<SeriesSource> sources() {
        return PublishedSources.ALL;
    }
}
