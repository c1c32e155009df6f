package nl.veiligheidsagenda.theme.crisis;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.PluginProperties;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin as the host sees it. */
class CrisisPluginTest {

    private final CrisisPlugin plugin = new CrisisPlugin();

    @Test
    void catalogueIsValid() {
        assertThat(CatalogueValidator.validate("crisis", CrisisCatalogue.CATALOGUE)).isEmpty();
    }

    @Test
    void isAcceptedByTheRegistryOfThisCore() {
        PluginStatus status = PluginRegistry.of(List.of(plugin), CoreSpi.VERSION).installed().get(0);
        assertThat(status.problems()).isEmpty();
        assertThat(status.compatible()).isTrue();
    }

    @Test
    void describesThemeFiveCrisisbeheersing() {
        PluginDescriptor descriptor = plugin.descriptor();
        assertThat(descriptor.id()).isEqualTo("crisis");
        assertThat(descriptor.name()).isEqualTo("Crisisbeheersing");
        assertThat(descriptor.order()).isEqualTo(5);
        assertThat(descriptor.supportedCore()).isEqualTo("[1.2,2.0)");
        assertThat(plugin.catalogue()).isSameAs(CrisisCatalogue.CATALOGUE);
    }

    @Test
    void carriesTheMavenVersionFromTheFilteredPluginProperties() {
        String filtered = PluginProperties.version(CrisisPlugin.class.getResourceAsStream("plugin.properties"));
        assertThat(filtered).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(plugin.descriptor().version()).isEqualTo(filtered);
    }
}
