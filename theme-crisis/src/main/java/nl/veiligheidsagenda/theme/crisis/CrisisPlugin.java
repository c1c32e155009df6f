package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/** Theme 5 of the plan: Crisisbeheersing. */
public final class CrisisPlugin implements ThemePlugin {

    static final String ID = "crisis";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID,
            "Crisisbeheersing",
            PluginProperties.version(CrisisPlugin.class.getResourceAsStream("plugin.properties")),
            "[1.2,2.0)", 5);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return CrisisCatalogue.CATALOGUE;
    }
}
