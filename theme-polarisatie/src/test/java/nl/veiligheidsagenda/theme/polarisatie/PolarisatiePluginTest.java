package nl.veiligheidsagenda.theme.polarisatie;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.veiligheidsagenda.theme.polarisatie.PolarisatieCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** The plugin is accepted by the running core and describes itself correctly. */
class PolarisatiePluginTest {

    private final PolarisatiePlugin plugin = new PolarisatiePlugin();

    @Test
    void catalogueHasNoValidationProblems() {
        assertThat(CatalogueValidator.validate("polarisatie", CATALOGUE)).isEmpty();
    }

    @Test
    void registryAcceptsThePluginForTheCurrentCoreSpi() {
        PluginStatus status = PluginRegistry.of(List.of(plugin), CoreSpi.VERSION).installed().get(0);
        assertThat(status.problems()).isEmpty();
        assertThat(status.compatible()).isTrue();
    }

    @Test
    void descriptorNamesTheThemeAsThePlanDoesAtPositionFour() {
        PluginDescriptor descriptor = plugin.descriptor();
        assertThat(descriptor.id()).isEqualTo("polarisatie");
        assertThat(descriptor.name()).isEqualTo("Maatschappelijke onrust, polarisatie en radicalisering");
        assertThat(descriptor.order()).isEqualTo(4);
        assertThat(descriptor.supportedCore()).isEqualTo("[1.2,2.0)");
    }

    @Test
    void descriptorVersionIsTheFilteredMavenVersion() {
        String version = plugin.descriptor().version();
        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(version).isEqualTo(System.getProperty("theme.version"));
    }

    @Test
    void pluginServesTheThemeCatalogue() {
        assertThat(plugin.catalogue()).isSameAs(CATALOGUE);
    }
}
