package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

/** Theme 4 of the plan: Maatschappelijke onrust, polarisatie en radicalisering. */
public final class PolarisatiePlugin implements ThemePlugin {

    static final String ID = "polarisatie";

    private static final PluginDescriptor DESCRIPTOR = new PluginDescriptor(ID,
            "Maatschappelijke onrust, polarisatie en radicalisering",
            PluginProperties.version(PolarisatiePlugin.class.getResourceAsStream("plugin.properties")),
            "[1.2,2.0)", 4);

    @Override
    public PluginDescriptor descriptor() {
        return DESCRIPTOR;
    }

    @Override
    public ThemeCatalogue catalogue() {
        return PolarisatieCatalogue.CATALOGUE;
    }
}
