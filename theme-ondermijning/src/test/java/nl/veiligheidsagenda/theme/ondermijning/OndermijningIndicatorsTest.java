package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.time.Month;

import static nl.veiligheidsagenda.theme.ondermijning.OndermijningCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every indicator of theme 1 against its row in Bijlage 2 ("Overzicht effectindicatoren"), literally. */
class OndermijningIndicatorsTest {

    private static Indicator indicator(String id) {
        return CATALOGUE.indicator(id).orElseThrow(() -> new AssertionError("no indicator " + id));
    }

    private static Series series(Indicator indicator, String seriesId) {
        return indicator.series().stream().filter(series -> series.id().equals(seriesId)).findFirst()
                .orElseThrow(() -> new AssertionError("no series " + seriesId + " in " + indicator.id()));
    }

    private static void assertBaseline(Series series, String value, String period) {
        assertThat(series.baseline()).as(series.id()).isNotNull();
        assertThat(series.baseline().value()).as(series.id()).isEqualByComparingTo(value);
        assertThat(series.baseline().period().label()).as(series.id()).isEqualTo(period);
    }

    private static void assertCadence(Indicator indicator, Cadence.Frequency frequency, int firstYear, Month from) {
        assertThat(indicator.cadence().frequency()).isEqualTo(frequency);
        assertThat(indicator.cadence().firstYear()).isEqualTo(firstYear);
        assertThat(indicator.cadence().availableFrom()).isEqualTo(from);
    }

    @Test
    void meldingenBijMeldMisdaadAnoniemAre0Point6In2022() {
        Indicator indicator = indicator("ondermijning.meldingen-meld-misdaad-anoniem");
        assertThat(indicator.name())
                .isEqualTo("Aantal meldingen over ondermijning bij Meld Misdaad Anoniem per jaar per 1.000 inwoners");
        assertThat(indicator.unit()).isEqualTo(Unit.PER_1000_RESIDENTS);
        assertThat(indicator.source()).isEqualTo("Meld Misdaad Anoniem");
        assertThat(indicator.remarks()).isEqualTo("Data beschikbaar vanaf 2022");
        assertCadence(indicator, Cadence.Frequency.ANNUAL, 2022, null);
        assertThat(indicator.direction()).isEqualTo(Direction.NOT_STATED);
        assertThat(indicator.hasReportingCaveat()).isTrue();
        assertThat(indicator.series()).extracting(Series::id).containsExactly("totaal");
        assertBaseline(series(indicator, "totaal"), "0.6", "2022");
    }

    @Test
    void drugshandelInDeBuurtIs17PercentIn2021() {
        Indicator indicator = indicator("ondermijning.drugshandel-in-de-buurt");
        assertThat(indicator.name())
                .isEqualTo("Aandeel bewoners (15+) dat aangeeft dat drugshandel voorkomt in de buurt");
        assertThat(indicator.unit()).isEqualTo(Unit.PERCENT_RESIDENTS_15_PLUS);
        assertThat(indicator.source()).isEqualTo("Veiligheidsmonitor");
        assertThat(indicator.remarks()).isEqualTo("Data tweejaarlijks beschikbaar vanaf 2021");
        assertCadence(indicator, Cadence.Frequency.BIENNIAL, 2021, null);
        assertThat(indicator.direction()).isEqualTo(Direction.NOT_STATED);
        assertThat(indicator.hasReportingCaveat()).as("a survey share has no caveat").isFalse();
        assertThat(indicator.series()).extracting(Series::id).containsExactly("totaal");
        assertBaseline(series(indicator, "totaal"), "17", "2021");
    }

    @Test
    void drugsEnWapenmisdrijvenAre2Point2OnAverage2019To2022() {
        Indicator indicator = indicator("ondermijning.drugs-en-wapenmisdrijven");
        assertThat(indicator.name())
                .isEqualTo("Aantal geregistreerde drugs- en wapenmisdrijven per jaar per 1.000 inwoners");
        assertThat(indicator.unit()).isEqualTo(Unit.PER_1000_RESIDENTS);
        assertThat(indicator.source()).isEqualTo("Politie");
        assertThat(indicator.remarks()).isEmpty();
        assertCadence(indicator, Cadence.Frequency.ANNUAL, 2019, null);
        assertThat(indicator.direction()).isEqualTo(Direction.NOT_STATED);
        assertThat(indicator.hasReportingCaveat()).isTrue();
        assertThat(indicator.series()).extracting(Series::id).containsExactly("totaal");
        assertBaseline(series(indicator, "totaal"), "2.2", "gemiddelde 2019-2022");
    }

    @Test
    void jeugdigeVerdachtenAre24Point3InTotalAnd3Point3ForDrugsAndFirearmsOnAverage2019To2021() {
        Indicator indicator = indicator("ondermijning.jeugdige-verdachten");
        assertThat(indicator.name()).isEqualTo("Aantal jeugdige verdachten (12 t/m 24 jaar) in totaal en van drugs- "
                + "en vuurwapenmisdrijven per jaar per 1.000 jeugdigen");
        assertThat(indicator.unit()).isEqualTo(Unit.PER_1000_YOUNG_PEOPLE_12_24);
        assertThat(indicator.source()).isEqualTo("CBS");
        assertThat(indicator.remarks()).isEqualTo("Cijfers voorgaande jaar vanaf april beschikbaar");
        assertCadence(indicator, Cadence.Frequency.ANNUAL, 2019, Month.APRIL);
        assertThat(indicator.direction()).isEqualTo(Direction.NOT_STATED);
        assertThat(indicator.series()).extracting(Series::id)
                .containsExactly("totaal", "drugs-en-vuurwapenmisdrijven");
        assertThat(indicator.series()).extracting(Series::unit).containsOnly(Unit.PER_1000_YOUNG_PEOPLE_12_24);
        assertBaseline(series(indicator, "totaal"), "24.3", "gemiddelde 2019-2021");
        assertBaseline(series(indicator, "drugs-en-vuurwapenmisdrijven"), "3.3", "gemiddelde 2019-2021");
    }

    @Test
    void casussenVanDeZorgcoordinatorMensenhandelHaveNoBaselineYet() {
        Indicator indicator = indicator("ondermijning.casussen-zorgcoordinator-mensenhandel");
        assertThat(indicator.name()).isEqualTo("Aantal casussen van mensenhandel behandeld door de zorgcoördinator "
                + "mensenhandel per jaar per 1.000 inwoners");
        assertThat(indicator.source()).isEqualTo("Zorgcoördinator Mensenhandel");
        assertMensenhandelIndicatorFrom2023WithoutBaseline(indicator);
    }

    @Test
    void slachtoffersVanMensenhandelHaveNoBaselineYet() {
        Indicator indicator = indicator("ondermijning.slachtoffers-mensenhandel");
        assertThat(indicator.name())
                .isEqualTo("Aantal door politie geregistreerde slachtoffers van mensenhandel per jaar per 1.000 inwoners");
        assertThat(indicator.source()).isEqualTo("Politie");
        assertMensenhandelIndicatorFrom2023WithoutBaseline(indicator);
    }

    @Test
    void verdachtenVanMensenhandelHaveNoBaselineYet() {
        Indicator indicator = indicator("ondermijning.verdachten-mensenhandel");
        assertThat(indicator.name())
                .isEqualTo("Aantal door politie geregistreerde verdachten van mensenhandel per jaar per 1.000 inwoners");
        assertThat(indicator.source()).isEqualTo("Politie");
        assertMensenhandelIndicatorFrom2023WithoutBaseline(indicator);
    }

    private static void assertMensenhandelIndicatorFrom2023WithoutBaseline(Indicator indicator) {
        assertThat(indicator.unit()).isEqualTo(Unit.PER_1000_RESIDENTS);
        assertThat(indicator.remarks()).isEqualTo("Data beschikbaar vanaf 2023");
        assertCadence(indicator, Cadence.Frequency.ANNUAL, 2023, null);
        assertThat(indicator.direction()).isEqualTo(Direction.NOT_STATED);
        assertThat(indicator.hasReportingCaveat()).isTrue();
        assertThat(indicator.series()).singleElement().satisfies(series -> {
            assertThat(series.id()).isEqualTo("totaal");
            assertThat(series.unit()).isEqualTo(Unit.PER_1000_RESIDENTS);
            assertThat(series.baselineIfAny()).isEmpty();
        });
    }

    @Test
    void warnsThatMoreEffortCanRaiseEveryIndicatorExceptTheSurveyShare() {
        assertThat(CATALOGUE.indicators().filter(indicator -> !indicator.hasReportingCaveat()).map(Indicator::id))
                .containsExactly("ondermijning.drugshandel-in-de-buurt");
        assertThat(CATALOGUE.indicators().filter(Indicator::hasReportingCaveat))
                .allSatisfy(indicator -> assertThat(indicator.reportingCaveat())
                        .endsWith("In dat geval kan het lijken dat het probleem toeneemt, terwijl de aanpak juist "
                                + "effectiever is."));
    }
}
