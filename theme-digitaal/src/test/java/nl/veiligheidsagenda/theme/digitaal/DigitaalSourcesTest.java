package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.SeriesSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the theme's series are published (the registry's check of the mappings runs in the plugin test kit). */
class DigitaalSourcesTest {

    @Test
    void mapsOnlyTheDigitisedCrimeSeriesToThePoliceTable() {
        List<SeriesSource> sources = new DigitaalPlugin().sources();

        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.seriesId()).isEqualTo("gedigitaliseerde-criminaliteit");
            assertThat(source.source().table()).isEqualTo("47018NED");
            assertThat(source.source().filters().getFirst().values().getFirst().keys()).containsExactly("3.9.1");
        });
    }
}
