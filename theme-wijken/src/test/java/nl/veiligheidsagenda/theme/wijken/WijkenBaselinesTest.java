package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.math.BigDecimal;
import java.time.Month;

import static nl.veiligheidsagenda.theme.wijken.WijkenCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** Every series, baseline, source and remark against Bijlage 2 ("Overzicht effectindicatoren", thema 3). */
class WijkenBaselinesTest {

    @ParameterizedTest(name = "{0}/{1} = {2} ({3})")
    @CsvSource(delimiter = '|', textBlock = """
            onveilig-in-eigen-buurt                                | totaal                        | 21   | gemiddelde 2019 en 2021 | PERCENT_RESIDENTS_15_PLUS
            deelname-buurtpreventie-app                            | totaal                        | 24   | 2021                    | PERCENT_RESIDENTS_15_PLUS
            burgerwacht-in-eigen-buurt                             | totaal                        | 19   | 2021                    | PERCENT_RESIDENTS_15_PLUS
            geregistreerde-high-impact-crimes                      | woninginbraken                | 5.8  | gemiddelde 2019-2022    | PER_1000_DWELLINGS
            geregistreerde-high-impact-crimes                      | straatroven                   | 0.4  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-high-impact-crimes                      | overvallen                    | 0.09 | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-high-impact-crimes                      | geweldsdelicten               | 2.9  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-veelvoorkomende-misdrijven              | auto-inbraken                 | 2.3  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-veelvoorkomende-misdrijven              | brom-snor-fietsdiefstallen    | 2.9  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-veelvoorkomende-misdrijven              | vernielingen                  | 4.1  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-veelvoorkomende-misdrijven              | winkeldiefstallen             | 3.1  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-overlastincidenten                      | drugs-en-drankoverlast        | 1.7  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-overlastincidenten                      | overlast-daklozen             | 1.3  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-overlastincidenten                      | verward-gedrag                | 5.3  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            geregistreerde-overlastincidenten                      | jeugdoverlast                 | 5.3  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            veel-woonoverlast-ervaren                              | totaal                        | 20   | gemiddelde 2017 en 2021 | PERCENT_RESIDENTS_15_PLUS
            casussen-woonoverlast-onder-regie                      | totaal                        | 0.4  | gemiddelde 2019-2022    | PER_1000_RESIDENTS
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | bedrijventerreinen-misdrijven | 19   | gemiddelde 2019-2022    | PER_1000_BUSINESS_ESTABLISHMENTS
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | bedrijventerreinen-overlast   | 5    | gemiddelde 2019-2022    | PER_1000_BUSINESS_ESTABLISHMENTS
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | winkelcentra-misdrijven       | 110  | gemiddelde 2019-2022    | PER_1000_BUSINESS_ESTABLISHMENTS
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | winkelcentra-overlast         | 50   | gemiddelde 2019-2022    | PER_1000_BUSINESS_ESTABLISHMENTS
            lastig-gevallen-op-straat                              | totaal                        | 1.3  | gemiddelde 2019 en 2021 | PERCENT_RESIDENTS_15_PLUS
            meldingen-straatintimidatie-ssstop                     | totaal                        | 0.3  | gemiddelde 2021-2022    | PER_1000_RESIDENTS
            meldingen-huiselijk-geweld-kindermishandeling          | totaal                        | 16   | gemiddelde 2019-2021    | PER_1000_RESIDENTS
            """)
    void givesEachSeriesTheBaselineOfBijlage2(String indicatorId, String seriesId, String value, String period,
                                              Unit unit) {
        Series series = series(indicatorId, seriesId);
        Baseline baseline = series.baselineIfAny().orElseThrow();

        assertThat(baseline.value()).isEqualByComparingTo(new BigDecimal(value));
        assertThat(baseline.period().label()).isEqualTo(period);
        assertThat(series.unit()).isEqualTo(unit);
    }

    @Test
    void hasNoSeriesBeyondThoseOfBijlage2AndEachHasABaseline() {
        assertThat(CATALOGUE.indicators().flatMap(indicator -> indicator.series().stream())).hasSize(24)
                .allMatch(series -> series.baseline() != null);
    }

    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            onveilig-in-eigen-buurt                                | Veiligheidsmonitor                     | Data tweejaarlijks beschikbaar
            deelname-buurtpreventie-app                            | Veiligheidsmonitor                     | Data tweejaarlijks beschikbaar vanaf 2021
            burgerwacht-in-eigen-buurt                             | Veiligheidsmonitor                     | Data tweejaarlijks beschikbaar vanaf 2021
            geregistreerde-high-impact-crimes                      | Politie                                | -
            geregistreerde-veelvoorkomende-misdrijven              | Politie                                | -
            geregistreerde-overlastincidenten                      | Politie                                | -
            veel-woonoverlast-ervaren                              | Veiligheidsmonitor                     | Vooralsnog slechts vierjaarlijks beschikbaar
            casussen-woonoverlast-onder-regie                      | Gemeente Almere                        | -
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | Politie                                | -
            lastig-gevallen-op-straat                              | Veiligheidsmonitor                     | Data tweejaarlijks beschikbaar
            meldingen-straatintimidatie-ssstop                     | Gemeente Almere, website www.ssstop.nl | Data beschikbaar vanaf 2021
            meldingen-huiselijk-geweld-kindermishandeling          | CBS / Veilig Thuis                     | Cijfers voorgaande jaar vanaf mei beschikbaar
            """)
    void namesTheSourceAndRemarksOfBijlage2(String indicatorId, String source, String remarks) {
        Indicator indicator = indicator(indicatorId);

        assertThat(indicator.source()).isEqualTo(source);
        assertThat(indicator.remarks()).isEqualTo(remarks == null ? "" : remarks);
    }

    @ParameterizedTest(name = "{0}: {1} from {2}")
    @CsvSource(delimiter = '|', nullValues = "-", textBlock = """
            onveilig-in-eigen-buurt                                | BIENNIAL    | 2019 | -
            deelname-buurtpreventie-app                            | BIENNIAL    | 2021 | -
            burgerwacht-in-eigen-buurt                             | BIENNIAL    | 2021 | -
            geregistreerde-high-impact-crimes                      | ANNUAL      | 2019 | -
            geregistreerde-veelvoorkomende-misdrijven              | ANNUAL      | 2019 | -
            geregistreerde-overlastincidenten                      | ANNUAL      | 2019 | -
            veel-woonoverlast-ervaren                              | QUADRENNIAL | 2017 | -
            casussen-woonoverlast-onder-regie                      | ANNUAL      | 2019 | -
            misdrijven-en-overlast-bedrijventerreinen-winkelcentra | ANNUAL      | 2019 | -
            lastig-gevallen-op-straat                              | BIENNIAL    | 2019 | -
            meldingen-straatintimidatie-ssstop                     | ANNUAL      | 2021 | -
            meldingen-huiselijk-geweld-kindermishandeling          | ANNUAL      | 2019 | MAY
            """)
    void measuresEachIndicatorAsBijlage2Says(String indicatorId, Cadence.Frequency frequency, int firstYear,
                                            Month availableFrom) {
        Cadence cadence = indicator(indicatorId).cadence();

        assertThat(cadence.frequency()).isEqualTo(frequency);
        assertThat(cadence.firstYear()).isEqualTo(firstYear);
        assertThat(cadence.availableFromMonth()).isEqualTo(java.util.Optional.ofNullable(availableFrom));
    }

    @Test
    void measuresTheSurveyRoundsOfTheVeiligheidsmonitor() {
        Cadence fourYearly = indicator("veel-woonoverlast-ervaren").cadence();

        assertThat(fourYearly.isMeasuredIn(2017)).isTrue();
        assertThat(fourYearly.isMeasuredIn(2021)).isTrue();
        assertThat(fourYearly.isMeasuredIn(2025)).isTrue();
        assertThat(fourYearly.isMeasuredIn(2023)).isFalse();
        assertThat(indicator("deelname-buurtpreventie-app").cadence().isMeasuredIn(2023)).isTrue();
        assertThat(indicator("deelname-buurtpreventie-app").cadence().isMeasuredIn(2019)).isFalse();
    }

    private static Indicator indicator(String localId) {
        return CATALOGUE.indicator("wijken." + localId).orElseThrow();
    }

    private static Series series(String indicatorId, String seriesId) {
        return indicator(indicatorId).series().stream().filter(series -> series.id().equals(seriesId)).findFirst()
                .orElseThrow();
    }
}
