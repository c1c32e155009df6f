package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.CoreSpi;
import nl.veiligheidsagenda.core.model.SeriesSource;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/** The plugin as the host sees it: a valid catalogue, a compatible core range and its own version. */
class DigitaalPluginTest {

    @Test
    void catalogue_passes_the_cores_validator() {
        assertThat(CatalogueValidator.validate("digitaal", DigitaalCatalogue.CATALOGUE)).isEmpty();
    }

    @Test
    void registry_accepts_the_plugin_with_the_current_core_spi() {
        PluginRegistry registry = PluginRegistry.of(List.of(new DigitaalPlugin()), CoreSpi.VERSION);

        assertThat(registry.installed().getFirst().problems()).isEmpty();
        assertThat(registry.installed().getFirst().compatible()).isTrue();
    }

    @Test
    void descriptor_names_theme_2() {
        var descriptor = new DigitaalPlugin().descriptor();

        assertThat(descriptor.id()).isEqualTo("digitaal");
        assertThat(descriptor.name()).isEqualTo("Digitale veiligheid");
        assertThat(descriptor.order()).isEqualTo(2);
    }

    @Test
    void descriptor_version_is_the_filtered_maven_version_of_this_module() throws IOException {
        String version = new DigitaalPlugin().descriptor().version();

        assertThat(version).matches("\\d+\\.\\d+\\.\\d+");
        assertThat(version).isEqualTo(mavenVersion());
    }

    /** The module's own version in its pom.xml (surefire runs in the module's directory). */
    private static String mavenVersion() throws IOException {
        Matcher matcher = Pattern.compile("<artifactId>theme-digitaal</artifactId>\\s*<version>([^<]+)</version>")
                .matcher(Files.readString(Path.of("pom.xml")));
        assertThat(matcher.find()).as("theme-digitaal's <version> in pom.xml").isTrue();
        return matcher.group(1);
    }

    @Test
    void mapsOnlyTheDigitisedCrimeSeriesToThePoliceTable() {
        List<SeriesSource> sources = new DigitaalPlugin().sources();

        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.seriesId()).isEqualTo("gedigitaliseerde-criminaliteit");
            assertThat(source.source().table()).isEqualTo("47018NED");
            assertThat(source.source().filters().getFirst().values().getFirst().keys()).containsExactly("3.9.1");
        });
        assertThat(PluginRegistry.of(List.of(new DigitaalPlugin()), CoreSpi.VERSION).installed().getFirst()
                .problems()).isEmpty();
    }
}
