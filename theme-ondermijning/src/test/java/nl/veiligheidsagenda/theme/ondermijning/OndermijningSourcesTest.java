package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.SeriesSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the theme's series are published (the registry's check of the mappings runs in the plugin test kit). */
class OndermijningSourcesTest {

    @Test
    void mapsTheDrugsAndFirearmsCrimesToCbsRegisteredCrimeAsASumOfTwoGroups() {
        List<SeriesSource> sources = new OndermijningPlugin().sources();

        assertThat(sources).singleElement().satisfies(source -> {
            assertThat(source.indicatorId()).isEqualTo("ondermijning.drugs-en-wapenmisdrijven");
            assertThat(source.source().table()).isEqualTo("83648NED");
            assertThat(source.source().filters().getFirst().values()).extracting(PublishedSource.Code::title)
                    .containsExactly("6 Drugsmisdrijven", "7 Vuurwapenmisdrijven");
        });
    }
}
