package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.SeriesSource;
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

    @Test
    void mapsThePoliceSeriesToTheRegisteredCrimeTableAndLeavesTheMunicipalitysOwnFiguresToTheTemplate() {
        List<SeriesSource> sources = new WijkenPlugin().sources();

        assertThat(sources).extracting(source -> source.indicatorId().substring("wijken.".length()) + "/"
                + source.seriesId()).containsExactly(
                "geregistreerde-high-impact-crimes/woninginbraken", "geregistreerde-high-impact-crimes/straatroven",
                "geregistreerde-high-impact-crimes/overvallen", "geregistreerde-high-impact-crimes/geweldsdelicten",
                "geregistreerde-veelvoorkomende-misdrijven/auto-inbraken",
                "geregistreerde-veelvoorkomende-misdrijven/brom-snor-fietsdiefstallen",
                "geregistreerde-veelvoorkomende-misdrijven/vernielingen",
                "geregistreerde-veelvoorkomende-misdrijven/winkeldiefstallen");
        assertThat(sources).allSatisfy(source -> {
            assertThat(source.source().table()).isEqualTo("47018NED");
            assertThat(source.source().kind()).isEqualTo(PublishedSource.ValueKind.COUNT);
            assertThat(source.remark()).contains("Aanname");
        });
        assertThat(sources.get(3).source().filters().getFirst().values()).hasSize(5);
    }
}
