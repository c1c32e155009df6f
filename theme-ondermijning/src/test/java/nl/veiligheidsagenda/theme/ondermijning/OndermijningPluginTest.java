package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.registry.PluginStatus;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.SeriesSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static nl.veiligheidsagenda.theme.ondermijning.OndermijningCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/** The plugin as the host sees it: a valid catalogue, a compatible descriptor, its own Maven version. */
class OndermijningPluginTest {

    @Test
    void hasAValidCatalogue() {
        assertThat(CatalogueValidator.validate("ondermijning", CATALOGUE)).isEmpty();
    }

    @Test
    void isAcceptedByTheRegistryOfTheCurrentCore() {
        PluginStatus status = PluginRegistry.of(List.of(new OndermijningPlugin()), CoreSpi.VERSION).installed().get(0);
        assertThat(status.problems()).isEmpty();
        assertThat(status.compatible()).isTrue();
    }

    @Test
    void describesItselfAsTheme1() {
        PluginDescriptor descriptor = new OndermijningPlugin().descriptor();
        assertThat(descriptor.id()).isEqualTo("ondermijning");
        assertThat(descriptor.name()).isEqualTo("Georganiseerde ondermijnende criminaliteit");
        assertThat(descriptor.order()).isEqualTo(1);
        assertThat(new OndermijningPlugin().catalogue()).isSameAs(CATALOGUE);
    }

    @Test
    void carriesAFilteredReleaseVersion() {
        assertThat(new OndermijningPlugin().descriptor().version()).matches("\\d+\\.\\d+\\.\\d+");
    }

    @Test
    void carriesTheVersionOfItsMavenModule() {
        String mavenVersion = System.getProperty("plugin.version");
        assumeTrue(mavenVersion != null, "run by Maven, which passes the module's version");
        assertThat(new OndermijningPlugin().descriptor().version()).isEqualTo(mavenVersion);
    }

    @Test
    void mapsTheDrugsAndFirearmsCrimesToCbsRegisteredCrimeAsASumOfTwoGroups() {
        List<SeriesSource> sources = new OndermijningPlugin().sources();

        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.indicatorId()).isEqualTo("ondermijning.drugs-en-wapenmisdrijven");
            assertThat(source.source().table()).isEqualTo("83648NED");
            assertThat(source.source().filters().getFirst().values()).extracting(PublishedSource.Code::title)
                    .containsExactly("6 Drugsmisdrijven", "7 Vuurwapenmisdrijven");
        });
        assertThat(PluginRegistry.of(List.of(new OndermijningPlugin()), CoreSpi.VERSION).installed().getFirst()
                .problems()).isEmpty();
    }
}
