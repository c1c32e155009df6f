package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.ui.AppI18NProvider;
import nl.veiligheidsagenda.app.ui.VaadinSetup;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.time.Month;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;

import static org.assertj.core.api.Assertions.assertThat;

/** The plan's coded facts in words, through the real resource bundles, in Dutch and English. */
class PlanWordsTest {

    private static final AppI18NProvider I18N = new AppI18NProvider();
    private static final PlanWords DUTCH = words(VaadinSetup.DUTCH);
    private static final PlanWords ENGLISH = words(Locale.ENGLISH);

    private static PlanWords words(Locale locale) {
        return new PlanWords((key, parameters) -> I18N.getTranslation(key, locale, parameters), locale);
    }

    @Test
    void aMeasuredGoalSaysWhichWayIsBetterAndThatItNeedsEveryDueFigure() {
        Goal goal = goal(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)", Direction.LOWER_IS_BETTER);

        assertThat(DUTCH.rule(goal)).containsExactly("Gemeten doel: het plan formuleert het als een verbetering ten "
                        + "opzichte van de voorgaande periode („daalt ten opzichte van de voorgaande periode (2019 t/m "
                        + "2022 gemiddeld)”). De cijfers worden vergeleken met de nulwaarde; lager is beter.",
                "Een oordeel (op koers, ongeveer gelijk, niet op koers) volgt pas als alle cijfers binnen zijn die voor "
                        + "dat jaar verwacht worden. Ontbreekt er een, dan is de status „onvolledig”, met wat er "
                        + "ontbreekt en sinds wanneer; wat al binnen is, staat erbij. Een cijfer dat in dat jaar niet "
                        + "gemeten wordt of nog niet verwacht wordt, telt niet als ontbrekend.");
        assertThat(ENGLISH.rule(goal).getFirst()).startsWith("Measured goal: the plan words it as an improvement");
    }

    @Test
    void anImprovementSaysWhichWayItsIndicatorsCountAsBetter() {
        assertThat(DUTCH.rule(goal(EvaluationRule.Kind.INCREASE_AGAINST_BASELINE, "is beter",
                Direction.LOWER_IS_BETTER)).getFirst()).endsWith("nulwaarde; lager is beter.");
        assertThat(DUTCH.rule(goal(EvaluationRule.Kind.INCREASE_AGAINST_BASELINE, "is groter",
                Direction.HIGHER_IS_BETTER)).getFirst()).endsWith("nulwaarde; hoger is beter.");
        assertThat(DUTCH.rule(goal(EvaluationRule.Kind.INCREASE_AGAINST_BASELINE, "is groter",
                Direction.HIGHER_IS_BETTER, Direction.LOWER_IS_BETTER)).getFirst())
                .endsWith("nulwaarde; welke kant beter is, staat bij elke indicator.");
    }

    @Test
    void aGoalInWordsIsTheOwnersAssessmentAndItsIndicatorsAreSignals() {
        Goal withSignals = goal(EvaluationRule.Kind.QUALITATIVE, "wordt aangepakt", Direction.NOT_STATED);
        Goal withoutIndicator = goal(EvaluationRule.Kind.QUALITATIVE, "worden herkend en aangepakt");

        assertThat(DUTCH.rule(withSignals)).containsExactly("Verantwoording in woorden: het plan formuleert dit doel "
                        + "als „wordt aangepakt” en verantwoordt de voortgang „minder cijfermatig en meer tekstueel”. "
                        + "De status is de beoordeling van de eigenaar, met het verhaal achter de cijfers; zolang die "
                        + "er niet is, staat er „nog niet gegeven”.",
                "De effectindicatoren zijn signalen: hun waarde en de verandering ten opzichte van de nulwaarde "
                        + "worden getoond, zonder oordeel beter of slechter. Het plan noemt voor deze indicatoren geen "
                        + "richting; bij meldingen kan een stijging juist zijn wat de aanpak beoogt.");
        assertThat(DUTCH.rule(withoutIndicator)).singleElement().asString()
                .startsWith("Verantwoording in woorden: het plan geeft bij dit doel („worden herkend en aangepakt”) "
                        + "geen effectindicator.");
    }

    @Test
    void aBaselineOfAnotherPeriodThanTheGoalsSaysWhich() {
        Indicator survey = new Indicator("t.survey", "Aandeel bewoners", Unit.PERCENT_RESIDENTS_15_PLUS,
                "Veiligheidsmonitor", Cadence.biennial(2021), "", Direction.HIGHER_IS_BETTER, "",
                List.of(new Series("totaal", "Totaal", Unit.PERCENT_RESIDENTS_15_PLUS,
                        Baseline.of("24", BaselinePeriod.year(2021), "Pas vanaf 2021 gemeten."))));
        Goal goal = new Goal("t.goal", "Het doel is groter.", EvaluationRule.increase("is groter",
                BaselinePeriod.averageOfRounds(2019, 2021)), List.of(survey), List.of());

        assertThat(DUTCH.periodDifference(goal.periodDifferences().getFirst())).isEqualTo(
                "De nulwaarde van Aandeel bewoners beslaat 2021, het doel noemt gemiddelde 2019 en 2021. "
                        + "Pas vanaf 2021 gemeten.");
    }

    @Test
    void cadencesInWordsWithTheMonthLastYearsFigureArrives() {
        assertThat(DUTCH.cadence(Cadence.annual(2019, Month.APRIL)))
                .isEqualTo("jaarlijks vanaf 2019; cijfers voorgaande jaar vanaf april beschikbaar");
        assertThat(DUTCH.cadence(Cadence.biennial(2021))).isEqualTo("tweejaarlijks vanaf 2021");
        assertThat(DUTCH.cadence(Cadence.quadrennial(2017))).isEqualTo("vierjaarlijks vanaf 2017");
        assertThat(ENGLISH.cadence(Cadence.annual(2019, Month.MAY)))
                .isEqualTo("every year from 2019; last year's figures available from May");
    }

    @Test
    void directionsAndUnitsInWords() {
        assertThat(DUTCH.direction(Direction.LOWER_IS_BETTER)).isEqualTo("lager is beter");
        assertThat(DUTCH.direction(Direction.HIGHER_IS_BETTER)).isEqualTo("hoger is beter");
        assertThat(DUTCH.direction(Direction.NOT_STATED)).isEqualTo("geen: een signaal, het plan noemt geen richting");
        assertThat(DUTCH.unit(Unit.PER_1000_YOUNG_PEOPLE_12_24))
                .isEqualTo("aantal per 1.000 jeugdigen van 12 tot en met 24 jaar");
        assertThat(DUTCH.unitShort(Unit.PER_1000_DWELLINGS)).isEqualTo("per 1.000 woningen");
    }

    @Test
    void seriesBaselinesAsBijlage2WritesThem() {
        Series burglaries = new Series("woninginbraken", "Woninginbraken", Unit.PER_1000_DWELLINGS,
                Baseline.of("5.8", BaselinePeriod.averageOfYears(2019, 2022)));
        Series cases = new Series("casussen", "Casussen", Unit.PER_1000_RESIDENTS, null);

        assertThat(DUTCH.seriesBaseline(burglaries))
                .isEqualTo("Woninginbraken: 5,8 per 1.000 woningen (gemiddelde 2019-2022)");
        assertThat(DUTCH.seriesBaseline(cases)).isEqualTo("Casussen: -");
        assertThat(DUTCH.orNone(" ")).isEqualTo("-");
        assertThat(DUTCH.orNone("Data beschikbaar vanaf 2023")).isEqualTo("Data beschikbaar vanaf 2023");
    }

    @Test
    void theEnglishBundleHasEveryDutchKeyAndTheDutchFileStaysEmpty() throws IOException {
        Properties dutch = bundle("catalogue.properties");

        assertThat(bundle("catalogue_en.properties").stringPropertyNames())
                .containsExactlyInAnyOrderElementsOf(dutch.stringPropertyNames());
        assertThat(bundle("catalogue_nl.properties")).isEmpty();
        assertThat(dutch.stringPropertyNames()).allMatch(key -> key.startsWith("catalogue."));
    }

    private static Properties bundle(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = PlanWordsTest.class.getResourceAsStream("/vaadin-i18n/" + file)) {
            properties.load(in);
        }
        return properties;
    }

    static Goal goal(EvaluationRule.Kind kind, String wording, Direction... indicatorDirections) {
        List<Indicator> indicators = Arrays.stream(indicatorDirections)
                .map(direction -> new Indicator("i-" + direction, "Indicator", Unit.PER_1000_RESIDENTS, "Politie",
                        Cadence.annual(2019), "", direction, "", List.of()))
                .toList();
        return new Goal("t.goal", "Het doel " + wording + ".", new EvaluationRule(kind, wording), indicators,
                List.of());
    }
}
