package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.PublishedSource.Code;
import nl.veiligheidsagenda.core.model.PublishedSource.Filter;
import nl.veiligheidsagenda.core.model.SeriesSource;

import java.util.List;

/**
 * Where this theme's police figure is published: gedigitaliseerde criminaliteit (horizontale fraude) in the police's
 * registered crime per type, wijk and buurt, per year (CBS table 47018NED), as a count turned into a rate with the
 * year's residents. Cybercrime and the Veiligheidsmonitor's share are not mapped (see CHANGELOG.md).
 */
final class PublishedSources {

    static final List<SeriesSource> ALL = List.of(new SeriesSource(
            DigitaleCriminaliteit.MISDRIJVEN.id(), "gedigitaliseerde-criminaliteit",
            new PublishedSource("47018NED", Code.of("Geregistreerde misdrijven", "GeregistreerdeMisdrijven_1"),
                    List.of(Filter.of("SoortMisdrijf", Code.of("3.9.1 Horizontale fraude", "3.9.1"))),
                    PublishedSource.ValueKind.COUNT),
            "Aanname: soort-misdrijfcode 3.9.1 (horizontale fraude) van de politie volgens openbare scripts op tabel"
                    + " 47018NED; niet tegen de metadata van de tabel gecontroleerd."));

    private PublishedSources() {
    }
}
