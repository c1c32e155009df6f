package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

class WijkenPluginTest {

    @Test
    void hasAValidCatalogue() {
        assertThat(CatalogueValidator.validate("wijken", CATALOGUE)).isEmpty();
    }

    @Test
    void isAcceptedByTheRegistryOfTheRunningCore() {
        PluginStatus status = PluginRegistry.of(List.of(new WijkenPlugin()), CoreSpi.VERSION).installed().get(0);

        assertThat(status.problems()).isEmpty();
        assertThat(status.compatible()).isTrue();
    }

    @Test
    void describesItselfAsThemeThreeVeiligeWijken() {
        PluginDescriptor descriptor = new WijkenPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("wijken");
        assertThat(descriptor.name()).isEqualTo("Veilige wijken");
        assertThat(descriptor.order()).isEqualTo(3);
        assertThat(descriptor.supportedCore()).isEqualTo("[1.2,2.0)");
    }

    @Test
    void carriesTheVersionOfItsMavenModule() {
        String version = new WijkenPlugin().descriptor().version();

        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(version).isEqualTo(System.getProperty("theme.version"));
    }

    @Test
    void returnsTheSameCatalogueEveryTime() {
        assertThat(new WijkenPlugin().catalogue()).isSameAs(CATALOGUE);
    }
}
