package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.PublishedSource.Code;
import nl.veiligheidsagenda.core.model.PublishedSource.Filter;
import nl.veiligheidsagenda.core.model.SeriesSource;

import java.util.Arrays;
import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.id;

/**
 * Where this theme's police figures are published: the police's registered crime per type, wijk and buurt, per
 * year (CBS table 47018NED, by CBS for the police), as counts that the platform turns into rates with the year's
 * denominator. The Veiligheidsmonitor's shares and the municipality's own figures (woonoverlast cases, ssstop.nl,
 * huiselijk geweld, business parks) are not mapped: they come with the platform's CSV template. See CHANGELOG.md
 * for what is an assumption.
 */
final class PublishedSources {

    static final String POLICE_TABLE = "47018NED";
    private static final Code REGISTERED = Code.of("Geregistreerde misdrijven", "GeregistreerdeMisdrijven_1");
    private static final String HIC = id("geregistreerde-high-impact-crimes");
    private static final String FREQUENT = id("geregistreerde-veelvoorkomende-misdrijven");
    private static final String ASSUMED = "Aanname: soort-misdrijfcodes van de politie (zoals 1.1.1) volgens openbare"
            + " scripts op tabel 47018NED; niet tegen de metadata van de tabel gecontroleerd.";

    static final List<SeriesSource> ALL = List.of(
            police(HIC, "woninginbraken", type("1.1.1", "Diefstal/inbraak woning")),
            police(HIC, "straatroven", type("1.4.6", "Straatroof")),
            police(HIC, "overvallen", type("1.4.7", "Overval")),
            new SeriesSource(HIC, "geweldsdelicten", source(type("1.4.1", "Zedenmisdrijf"),
                    type("1.4.2", "Moord, doodslag"), type("1.4.3", "Openlijk geweld (persoon)"),
                    type("1.4.4", "Bedreiging"), type("1.4.5", "Mishandeling")),
                    "Aanname: geweldsdelicten als som van de geweldsmisdrijven 1.4.1 tot en met 1.4.5 (zeden, moord"
                            + " en doodslag, openlijk geweld, bedreiging, mishandeling). " + ASSUMED),
            police(FREQUENT, "auto-inbraken", type("1.2.1", "Diefstal uit/vanaf motorvoertuigen")),
            police(FREQUENT, "brom-snor-fietsdiefstallen", type("1.2.3", "Diefstal van brom-, snor-, fietsen")),
            police(FREQUENT, "vernielingen", type("2.2.1", "Vernieling cq. zaakbeschadiging")),
            police(FREQUENT, "winkeldiefstallen", type("2.5.2", "Winkeldiefstal")));

    private PublishedSources() {
    }

    private static SeriesSource police(String indicatorId, String seriesId, Code type) {
        return new SeriesSource(indicatorId, seriesId, source(type), ASSUMED);
    }

    private static PublishedSource source(Code... types) {
        return new PublishedSource(POLICE_TABLE, REGISTERED, List.of(new Filter("SoortMisdrijf",
                Arrays.asList(types))), PublishedSource.ValueKind.COUNT);
    }

    /** A crime type of the police's classification: its code, and its StatLine title (code and name). */
    private static Code type(String code, String name) {
        return Code.of(code + " " + name, code);
    }
}
