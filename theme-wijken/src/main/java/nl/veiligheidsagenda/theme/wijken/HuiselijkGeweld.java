package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.time.Month;
import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.AVERAGE_2019_2022;
import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/**
 * Onderwerp "Huiselijk geweld" (so named in the theme's list of subjects; the goal speaks of huiselijk geweld en
 * kindermishandeling). The approach: the programme's lines of action carried into the Regiovisie, two bullets, and
 * the sub-headed paragraph "Huiselijk geweld en dierenmishandeling". The baseline is the average of 2019-2021, as
 * Bijlage 2 gives it, although the goal names 2019 t/m 2022.
 */
final class HuiselijkGeweld {

    private static final String INTRODUCTION = """
            Huiselijk geweld en kindermishandeling hebben grote en vaak levenslange gevolgen. Kinderen en \
            volwassenen die worden mishandeld, ondervinden daarvan vaak langdurige schade op medisch, sociaal en \
            psychisch gebied. Het aantal meldingen van huiselijk geweld en kindermishandeling in Almere is groter \
            dan gemiddeld in Nederland en ook groter dan in andere grote steden. De precieze oorzaken hiervan zijn \
            moeilijk te achterhalen en wij blijven deze verder onderzoeken. Uit eerder onderzoek blijkt wel dat \
            verschillende risicofactoren voor huiselijk geweld in Almere meer voorkomen dan gemiddeld. Er zijn \
            bijvoorbeeld relatief veel huishoudens met problematische schulden en eenoudergezinnen.""";

    private static final Indicator MELDINGEN = new Indicator(id("meldingen-huiselijk-geweld-kindermishandeling"),
            "Aantal meldingen van huiselijk geweld en kindermishandeling per jaar per 1.000 inwoners",
            Unit.PER_1000_RESIDENTS, "CBS / Veilig Thuis", Cadence.annual(2019, Month.MAY),
            "Cijfers voorgaande jaar vanaf mei beschikbaar", Direction.LOWER_IS_BETTER,
            ReportingCaveats.MELDINGEN_HUISELIJK_GEWELD,
            List.of(series("totaal", "Meldingen van huiselijk geweld en kindermishandeling",
                    Unit.PER_1000_RESIDENTS, "16", BaselinePeriod.averageOfYears(2019, 2021), """
                    Bijlage 2 geeft het gemiddelde van 2019-2021. Het plan zegt niet waarom; de cijfers van CBS / \
                    Veilig Thuis over een jaar komen pas in mei van het jaar daarna ('Cijfers voorgaande jaar vanaf \
                    mei beschikbaar'), dus die over 2022 waren waarschijnlijk nog niet bekend toen de nulwaarde werd \
                    bepaald.""")));

    private static final Goal GOAL = new Goal(id("huiselijk-geweld-en-kindermishandeling-dalen"),
                    "Huiselijk geweld en kindermishandeling dalen ten opzichte van de voorgaande periode (2019 t/m "
                            + "2022 gemiddeld).",
                    EvaluationRule.decrease(
                            "dalen ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)", AVERAGE_2019_2022),
                    List.of(MELDINGEN),
                    List.of(
                            action("geweld-hoort-nergens-thuis-regiovisie",
                                    "Actielijnen ‘Geweld Hoort Nergens Thuis’ voortzetten in de Regiovisie", """
                                    De laatste jaren hebben wij steeds meer zicht gekregen op de werkzame \
                                    bestanddelen van de aanpak van huiselijk geweld en kindermishandeling dankzij \
                                    onze deelname aan het landelijk Actieprogramma ‘Geweld Hoort Nergens Thuis’. Het \
                                    programma kende drie actielijnen:
                                    1. eerder en beter in beeld krijgen van geweld;
                                    2. duurzaam stoppen van geweld;
                                    3. extra aandacht geven aan specifieke doelgroepen.

                                    Deze actielijnen gaan wij in de komende periode voortzetten en uitwerken in de \
                                    nieuwe Regiovisie Huiselijk Geweld en Kindermishandeling Flevoland 2023-2026. \
                                    Hierover zullen wij buiten deze Veiligheidsagenda om communiceren.""",
                                    List.of(), List.of(TargetGroups.JEUGD), "2023-2026"),
                            action("tijdelijk-huisverbod", "Tijdelijk huisverbod", """
                                    Wij gaan door met het inzetten van de bestuurlijke maatregel tijdelijk \
                                    huisverbod om huiselijk geweld en kindermishandeling aan te pakken en/of te \
                                    voorkomen. Deze maatregel kan door de burgemeester worden opgelegd. Hierbij \
                                    wordt de pleger van huiselijk geweld tijdelijk de toegang tot de woning ontzegd. \
                                    Zo ontstaat een afkoelperiode, waarin direct voor alle betrokkenen hulpverlening \
                                    wordt ingezet. Bij de uitvoering van deze maatregel wordt intensief samengewerkt \
                                    tussen diverse zorg- en veiligheidspartners zoals politie, Veilig Thuis en \
                                    Reclassering Nederland.""",
                                    List.of(Partners.POLITIE, Partners.VEILIG_THUIS, Partners.RECLASSERING),
                                    List.of(TargetGroups.DADERS, TargetGroups.JEUGD)),
                            action("multidisciplinaire-aanpak-mda", "Multidisciplinaire Aanpak (MDA++)", """
                                    Wij zetten de Multidisciplinaire Aanpak (MDA++) voort vanuit het Zorg- en \
                                    Veiligheidshuis Flevoland. De MDA++ is een integrale en specialistische aanpak \
                                    voor ernstige casussen van kindermishandeling en huiselijk en seksueel geweld. \
                                    Hierbij is het uitgangspunt: één gezin, één plan, één regisseur.""",
                                    List.of(Partners.ZVHF), List.of(TargetGroups.JEUGD)),
                            new Action(id("huiselijk-geweld-en-dierenmishandeling"),
                                    "Huiselijk geweld en dierenmishandeling", """
                                    Onderzoek wijst uit dat bij gevallen van huiselijk geweld vaak ook sprake is van \
                                    dierenmishandeling en omgekeerd. Wij blijven aandacht geven aan de relatie \
                                    tussen huiselijk geweld en dierenmishandeling. In onze voorlichting over het \
                                    herkennen van signalen van huiselijk geweld is een passage over de relatie met \
                                    dierenmishandeling opgenomen. Daarnaast blijft het mogelijk voor slachtoffers \
                                    van huiselijk geweld om huisdieren mee te nemen naar de opvang. Dit wordt \
                                    mogelijk gemaakt door een samenwerking tussen de Blijf Groep en Stichting \
                                    Mendoo. Op deze manier is de drempel lager voor slachtoffers om de thuissituatie \
                                    te ontvluchten, wetende dat zij steun van hun huisdier kunnen krijgen én dat het \
                                    huisdier niet (nog verder) slachtoffer wordt van het geweld.""",
                                    List.of(Partners.BLIJF_GROEP, Partners.STICHTING_MENDOO),
                                    List.of(TargetGroups.SLACHTOFFERS), "")));

    /**
     * The approach: the action lines of "Geweld Hoort Nergens Thuis" continued in the Regiovisie (an action), the
     * lead-in of the further actions, those actions, and the plan's sub-headed paragraph on animal abuse.
     */
    static final Subject SUBJECT = new Subject(id("huiselijk-geweld"), "Huiselijk geweld", INTRODUCTION,
            List.of(GOAL), List.of(
                    Block.ActionList.of(GOAL.actions().getFirst()),
                    new Block.Paragraph("Verder gaan wij het volgende doen:"),
                    Block.ActionList.of(GOAL.actions().subList(1, GOAL.actions().size()).toArray(Action[]::new))));

    private HuiselijkGeweld() {
    }
}
