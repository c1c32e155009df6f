package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.PublishedSource.Code;
import nl.veiligheidsagenda.core.model.PublishedSource.Filter;
import nl.veiligheidsagenda.core.model.SeriesSource;

import java.util.List;

import static nl.veiligheidsagenda.theme.ondermijning.ThemeIds.id;

/**
 * Where this theme's police figure is published: registered drugs and firearms crimes in CBS's registered crime per
 * type of crime and region (table 83648NED), the sum of the groups "6 Drugsmisdrijven" and "7
 * Vuurwapenmisdrijven", as a count turned into a rate with the year's residents. Meld Misdaad Anoniem, the
 * Veiligheidsmonitor, the young suspects and human trafficking are not mapped (see CHANGELOG.md).
 */
final class PublishedSources {

    static final List<SeriesSource> ALL = List.of(new SeriesSource(id("drugs-en-wapenmisdrijven"), "totaal",
            new PublishedSource("83648NED", Code.of("Totaal geregistreerde misdrijven",
                    "TotaalGeregistreerdeMisdrijven_1"), List.of(Filter.of("SoortMisdrijf",
                    Code.of("6 Drugsmisdrijven", "CRI6000"), Code.of("7 Vuurwapenmisdrijven", "CRI7000"))),
                    PublishedSource.ValueKind.COUNT),
            "Aanname: de groepscodes CRI6000 en CRI7000 volgen het patroon van CRI1000-CRI3000 in deze tabel; de titels"
                    + " zijn die van StatLine. Niet tegen de metadata van de tabel gecontroleerd."));

    private PublishedSources() {
    }
}
