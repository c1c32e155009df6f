package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemePage;
import nl.veiligheidsagenda.core.registry.CatalogueValidator;
import nl.veiligheidsagenda.core.model.Unit;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;
import java.util.function.Function;

import static nl.veiligheidsagenda.theme.digitaal.DigitaalCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** Theme 2 as the plan adopts it (plan text "Thema 2 Digitale veiligheid" and Bijlage 2, "THEMA 2"). */
class DigitaalCatalogueTest {

    private static final String MISDRIJVEN = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    private static final String SLACHTOFFERS = "digitaal.slachtoffers-digitale-criminaliteit";

    /*
     * How the plan was counted:
     * - subjects: the bullets under "ONDERWERPEN" (Digitale criminaliteit; Online aangejaagde ordeverstoringen) = 2;
     * - goals: one "DOEL:" per subject = 2;
     * - indicators: the "Effectindicatoren" bullets = 2 (Bijlage 2 lists the same two; the second subject has
     *   "Geen effectindicator");
     * - series: Bijlage 2's baseline figures: Cybercrime and Gedigitaliseerde crim (indicator 1), 20% (indicator 2) = 3;
     * - actions: every paragraph and every bullet under "Aanpak": goal 1 has two paragraphs (the analysis, the
     *   lead-in "Om een verdere toename ... doelgroepen:") and six bullets (Jeugd 2, Senioren 1, Ondernemers 1,
     *   Almeerders 2) = 8; goal 2 has two paragraphs = 2; 10 in all;
     * - context figures: 20%/19%/17% victims (one figure, three points), CBS 2,5 miljard euro and 28%, 15% with
     *   emotional or psychological problems = 4.
     */
    @Test
    void theme_counts_two_subjects_two_goals_two_indicators_three_series_nine_actions_and_four_figures() {
        assertThat(CATALOGUE.subjects()).hasSize(2);
        assertThat(CATALOGUE.goals()).hasSize(2);
        assertThat(CATALOGUE.indicators()).hasSize(2);
        assertThat(CATALOGUE.indicators().mapToInt(indicator -> indicator.series().size()).sum()).isEqualTo(3);
        assertThat(CATALOGUE.actions()).hasSize(9);
        assertThat(CATALOGUE.contextFigures()).hasSize(4);
        assertThat(CATALOGUE.pages()).hasSize(2);
    }

    @Test
    void subjects_come_in_the_plans_order_each_with_one_goal() {
        assertThat(CATALOGUE.subjects())
                .extracting(Subject::id, Subject::name, subject -> subject.goals().size())
                .containsExactly(
                        tuple("digitaal.digitale-criminaliteit", "Digitale criminaliteit", 1),
                        tuple("digitaal.online-aangejaagde-ordeverstoringen", "Online aangejaagde ordeverstoringen", 1));
    }

    @Test
    void goal_statements_are_the_plans_words_in_sentence_case() {
        assertThat(CATALOGUE.goals()).extracting(Goal::id, Goal::statement).containsExactly(
                tuple("digitaal.digitale-criminaliteit-daalt",
                        "Digitale criminaliteit daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)."),
                tuple("digitaal.ordeverstoringen-voorkomen-en-aanpakken",
                        "Online aangejaagde ordeverstoringen worden voorkomen en aangepakt."));
    }

    @Test
    void digital_crime_must_fall_against_the_average_of_2019_to_2022() {
        EvaluationRule rule = goal("digitaal.digitale-criminaliteit-daalt").rule();

        assertThat(rule.kind()).isEqualTo(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE);
        assertThat(rule.wording()).isEqualTo("daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)");
    }

    @Test
    void online_driven_disorder_is_a_qualitative_goal_reported_in_words() {
        Goal goal = goal("digitaal.ordeverstoringen-voorkomen-en-aanpakken");

        assertThat(goal.rule().kind()).isEqualTo(EvaluationRule.Kind.QUALITATIVE);
        assertThat(goal.rule().wording()).isEqualTo("worden voorkomen en aangepakt");
        assertThat(goal.indicators()).isEmpty();
        assertThat(goal.reportedInWords()).isTrue();
    }

    @Test
    void only_the_goal_without_effect_indicator_is_reported_in_words() {
        assertThat(CATALOGUE.goals().filter(Goal::reportedInWords).map(Goal::id))
                .containsExactly("digitaal.ordeverstoringen-voorkomen-en-aanpakken");
    }

    @Test
    void indicators_carry_the_names_units_sources_and_remarks_of_bijlage_2() {
        assertThat(CATALOGUE.indicators())
                .extracting(Indicator::id, Indicator::name, Indicator::unit, Indicator::source, Indicator::remarks)
                .containsExactly(
                        tuple(MISDRIJVEN,
                                "Aantal misdrijven cybercrime en gedigitaliseerde criminaliteit (horizontale fraude) "
                                        + "per jaar per 1.000 inwoners",
                                Unit.PER_1000_RESIDENTS, "Politie", ""),
                        tuple(SLACHTOFFERS,
                                "Aandeel bewoners (15+) dat in het afgelopen jaar slachtoffer is geworden van "
                                        + "digitale criminaliteit",
                                Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor",
                                "Data tweejaarlijks beschikbaar vanaf 2021"));
    }

    @Test
    void police_figures_are_annual_from_2019_and_the_survey_is_biennial_from_2021() {
        assertThat(indicator(MISDRIJVEN).cadence()).isEqualTo(Cadence.annual(2019));
        assertThat(indicator(SLACHTOFFERS).cadence()).isEqualTo(Cadence.biennial(2021));
        assertThat(indicator(SLACHTOFFERS).cadence().isMeasuredIn(2022)).isFalse();
        assertThat(indicator(SLACHTOFFERS).cadence().isMeasuredIn(2023)).isTrue();
    }

    @Test
    void cybercrime_baseline_is_0_8_and_digitised_crime_6_3_per_1000_residents_averaged_over_2019_2022() {
        assertThat(indicator(MISDRIJVEN).series())
                .extracting(Series::id, Series::name, Series::unit, baselineValue(), baselineLabel())
                .containsExactly(
                        tuple("cybercrime", "Cybercrime", Unit.PER_1000_RESIDENTS,
                                new BigDecimal("0.8"), "gemiddelde 2019-2022"),
                        tuple("gedigitaliseerde-criminaliteit", "Gedigitaliseerde criminaliteit",
                                Unit.PER_1000_RESIDENTS, new BigDecimal("6.3"), "gemiddelde 2019-2022"));
    }

    @Test
    void share_of_victims_of_digital_crime_has_baseline_20_percent_in_2021() {
        assertThat(indicator(SLACHTOFFERS).series())
                .extracting(Series::id, Series::unit, baselineValue(), baselineLabel())
                .containsExactly(tuple("totaal", Unit.PERCENT_RESIDENTS_15_PLUS, new BigDecimal("20"), "2021"));
    }

    @Test
    void every_indicator_counts_a_harm_so_lower_is_better() {
        assertThat(CATALOGUE.indicators()).extracting(Indicator::direction)
                .containsOnly(Direction.LOWER_IS_BETTER);
    }

    @Test
    void police_registrations_carry_the_reporting_caveat_and_the_survey_share_does_not() {
        assertThat(indicator(MISDRIJVEN).hasReportingCaveat()).isTrue();
        assertThat(indicator(MISDRIJVEN).reportingCaveat())
                .contains("In dat geval kan het lijken dat het probleem toeneemt, terwijl de aanpak juist effectiever is.");
        assertThat(indicator(SLACHTOFFERS).hasReportingCaveat()).isFalse();
    }

    @Test
    void the_approach_of_digital_crime_has_a_bullet_for_each_target_group_of_the_plan() {
        assertThat(goal("digitaal.digitale-criminaliteit-daalt").actions())
                .extracting(Action::id, Action::targetGroups)
                .containsExactly(
                        tuple("digitaal.verdiepende-analyse", List.of()),
                        tuple("digitaal.hackshield", List.of("Jeugd")),
                        tuple("digitaal.cyber24", List.of("Jeugd")),
                        tuple("digitaal.laat-je-geen-hack-zetten", List.of("Senioren")),
                        tuple("digitaal.informatiebijeenkomsten-mkb", List.of("Ondernemers")),
                        tuple("digitaal.digitale-buurtambassadeurs", List.of("Almeerders")),
                        tuple("digitaal.communicatie-cyberweerbaarheid", List.of("Almeerders")));
    }

    @Test
    void the_lead_in_to_the_target_groups_is_text_and_the_plans_headings_group_the_bullets() {
        List<Block> approach = CATALOGUE.subjects().getFirst().approach();
        assertThat(approach).filteredOn(Block.Heading.class::isInstance).extracting(block -> ((Block.Heading) block)
                .text()).containsExactly("Jeugd", "Senioren", "Ondernemers", "Almeerders");
        assertThat(approach.get(1)).isEqualTo(new Block.Paragraph("Om een verdere toename van digitale "
                + "criminaliteit te voorkomen maken wij inwoners en ondernemers weerbaarder. Dit betekent dat zij zich "
                + "beter kunnen beschermen tegen digitale criminaliteit. Ook weten zij beter wat ze kunnen doen wanneer "
                + "zij hier toch slachtoffer van geworden zijn. Wij richten ons daarbij op de volgende doelgroepen:"));
        assertThat(CATALOGUE.action("digitaal.weerbaarheid-inwoners-ondernemers")).isEmpty();
        assertThat(CATALOGUE.actions()).extracting(Action::titleOrigin).containsOnly(Action.TitleOrigin.OURS);
        assertThat(action("digitaal.aanpak-ordeverstoringen-verkennen").seeAlso())
                .containsExactly("polarisatie.signalen-onrust-herkennen");
    }

    @Test
    void the_approach_of_online_driven_disorder_has_two_paragraphs_with_the_police() {
        assertThat(goal("digitaal.ordeverstoringen-voorkomen-en-aanpakken").actions())
                .extracting(Action::id, Action::partners)
                .containsExactly(
                        tuple("digitaal.aanpak-ordeverstoringen-verkennen", List.of("Politie")),
                        tuple("digitaal.informatiepositie-en-protocol", List.of()));
    }

    @Test
    void actions_name_the_partners_of_the_plan() {
        assertThat(action("digitaal.cyber24").partners())
                .containsExactly("Vitree", "Scholen", "Jongerenwerk", "De Schoor");
        assertThat(action("digitaal.laat-je-geen-hack-zetten").partners())
                .containsExactly("Consortium Cyberweerbaarheid");
        assertThat(action("digitaal.informatiebijeenkomsten-mkb").partners())
                .containsExactly("Platform Veilig Ondernemen Midden-Nederland", "Ondernemers");
        assertThat(action("digitaal.digitale-buurtambassadeurs").partners())
                .containsExactly("Veiligheidscoalitie Midden-Nederland", "Bewoners");
    }

    @Test
    void action_descriptions_are_single_spaced_without_bullets_or_footnote_numbers() {
        assertThat(CATALOGUE.actions().map(Action::description))
                .allSatisfy(description -> assertThat(description)
                        .doesNotContain("■", "  ", "\n")
                        .doesNotMatch("(?s).*[a-z]\\.\\d.*"));
    }

    @Test
    void subject_introductions_keep_the_figures_but_not_the_footnote_numbers() {
        String introduction = CATALOGUE.subjects().getFirst().introduction();

        assertThat(introduction)
                .contains("In 2021 werd 20% van de Almeerders slachtoffer van digitale criminaliteit.")
                .contains("waar dit 17% was. In de rapportage")
                .contains("In 2021 betrof het 28% van de 2,5 miljard euro aan schade. Daarnaast")
                .doesNotContain("probleem.6", "was.7", "aanhoudt.8", "schade.9", "problemen.10");
        assertThat(introduction.split("\n\n")).hasSize(3);
    }

    @Test
    void no_action_gives_a_horizon_because_the_plan_names_no_time_for_them() {
        assertThat(CATALOGUE.actions()).extracting(Action::horizon).containsOnly("");
    }

    @Test
    void context_figures_give_the_plans_numbers_with_their_sources() {
        assertThat(CATALOGUE.contextFigures())
                .extracting(ContextFigure::id, ContextFigure::unit, ContextFigure::source)
                .containsExactly(
                        tuple("digitaal.slachtofferschap-2021", "%", "Veiligheidsmonitor 2021"),
                        tuple("digitaal.financiele-schade-totaal", "miljard euro", "CBS"),
                        tuple("digitaal.financiele-schade-digitaal", "%", "CBS"),
                        tuple("digitaal.psychische-gevolgen", "%", "Veiligheidsmonitor"));
        assertThat(figure("digitaal.slachtofferschap-2021").points())
                .extracting(ContextFigure.DataPoint::label, ContextFigure.DataPoint::value)
                .containsExactly(
                        tuple("Almere: digitale criminaliteit", new BigDecimal("20")),
                        tuple("Almere: traditionele criminaliteit", new BigDecimal("19")),
                        tuple("Nederland: digitale criminaliteit", new BigDecimal("17")));
        assertThat(figure("digitaal.financiele-schade-totaal").points())
                .containsExactly(ContextFigure.DataPoint.of("2021", "2.5"));
        assertThat(figure("digitaal.financiele-schade-digitaal").points())
                .containsExactly(ContextFigure.DataPoint.of("2021", "28"));
        assertThat(figure("digitaal.psychische-gevolgen").points())
                .containsExactly(ContextFigure.DataPoint.of("Slachtoffers van digitale criminaliteit", "15"));
    }

    @Test
    void the_cijfers_page_shows_every_context_figure() {
        ThemePage page = CATALOGUE.pages().getFirst();

        assertThat(page.path()).isEqualTo("cijfers");
        assertThat(page.title()).isEqualTo("Digitale criminaliteit in cijfers");
        assertThat(page.contextFigureIds())
                .containsExactlyElementsOf(CATALOGUE.contextFigures().stream().map(ContextFigure::id).toList());
    }

    @Test
    void the_page_at_a_glance_uses_every_kind_of_block_and_refers_to_what_exists() {
        ThemePage page = CATALOGUE.pages().get(1);
        assertThat(page.path()).isEqualTo("in-een-oogopslag");
        assertThat(page.blocks().stream().map(Object::getClass).distinct().toList())
                .containsExactlyInAnyOrder(Block.class.getPermittedSubclasses());
        assertThat(page.blocks()).contains(new Block.SeriesChart(MISDRIJVEN, "cybercrime"),
                new Block.FigureChart("digitaal.slachtofferschap-2021"), Block.ActionList.forTargetGroup("Jeugd"));
        assertThat(CatalogueValidator.validate("digitaal", CATALOGUE)).isEmpty();
    }

    private static Function<Series, BigDecimal> baselineValue() {
        return series -> series.baselineIfAny().map(Baseline::value).orElse(null);
    }

    private static Function<Series, String> baselineLabel() {
        return series -> series.baselineIfAny().map(baseline -> baseline.period().label()).orElse(null);
    }

    private static Goal goal(String id) {
        return CATALOGUE.goal(id).orElseThrow();
    }

    private static Indicator indicator(String id) {
        return CATALOGUE.indicator(id).orElseThrow();
    }

    private static Action action(String id) {
        return CATALOGUE.actions().filter(action -> action.id().equals(id)).findFirst().orElseThrow();
    }

    private static ContextFigure figure(String id) {
        return CATALOGUE.contextFigure(id).orElseThrow();
    }
}
