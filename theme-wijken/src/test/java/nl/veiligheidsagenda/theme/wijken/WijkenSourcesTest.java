package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.SeriesSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Where the theme's series are published (the registry's check of the mappings runs in the plugin test kit). */
class WijkenSourcesTest {

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
