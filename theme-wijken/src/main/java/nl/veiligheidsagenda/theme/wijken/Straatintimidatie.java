package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.subject;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/** Onderwerp "Straatintimidatie": a qualitative goal that still has two indicators. */
final class Straatintimidatie {

    private static final String INTRODUCTION = """
            De gemeente Almere is sinds 2018 aangesloten bij het project Safe Streets van de Verenigde Naties. In \
            een ‘Safe Streets’ gemeente worden seksuele en andere vormen van intimidatie van vrouwen, meisjes, \
            lhbtiq+’ers en mensen met een beperking aangepakt. Het doel is om straatintimidatie in de openbare \
            ruimte en het uitgaansgebied aan te pakken zodat inwoners zich zonder angst voor seksuele of andere \
            vormen van intimidatie in de openbare ruimte kunnen bewegen. Ook neemt Almere deel aan het programma \
            Veilige Steden van het Ministerie van Onderwijs, Cultuur en Wetenschap. De steden die meedoen aan dit \
            programma zetten zich extra in voor de veiligheid van vrouwen en meisjes, met name in de openbare ruimte \
            en bij het uitgaan.

            Uit een onderzoek dat wij in 2019 hebben uitgevoerd, blijkt dat een op de vier Almeerders weleens te \
            maken heeft gehad met straatintimidatie. Nastaren en naroepen met opmerkingen of beledigingen werden het \
            vaakst genoemd, maar ook ernstigere vormen als achtervolgen en betasten kwamen voor. Straatintimidatie \
            is een hardnekkig maatschappelijk probleem. Het vraagstuk is complex en vergt een lange adem met \
            voortdurende aandacht.""";

    private static final Indicator LASTIG_GEVALLEN_OP_STRAAT = new Indicator(id("lastig-gevallen-op-straat"),
            "Aandeel bewoners (15+) dat veel overlast ervaart van lastig gevallen worden op straat",
            Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.biennial(2019),
            "Data tweejaarlijks beschikbaar", Direction.NOT_STATED, "",
            List.of(series("totaal", "Ervaart veel overlast van lastig gevallen worden op straat",
                    Unit.PERCENT_RESIDENTS_15_PLUS, "1.3", BaselinePeriod.averageOfRounds(2019, 2021))));

    private static final Indicator MELDINGEN_SSSTOP = new Indicator(id("meldingen-straatintimidatie-ssstop"),
            "Aantal meldingen van straatintimidatie via www.ssstop.nl per jaar per 1.000 inwoners",
            Unit.PER_1000_RESIDENTS, "Gemeente Almere, website www.ssstop.nl", Cadence.annual(2021),
            "Data beschikbaar vanaf 2021", Direction.NOT_STATED, ReportingCaveats.MELDINGEN_STRAATINTIMIDATIE,
            List.of(series("totaal", "Meldingen via www.ssstop.nl", Unit.PER_1000_RESIDENTS, "0.3",
                    BaselinePeriod.averageOfYears(2021, 2022))));

    /** The lead-in of the approach ("Aanpak"). */
    static final String APPROACH_LEAD_IN = """
            Wij zetten de aanpak voort op de volgende manieren:""";

    static final Subject SUBJECT = subject("straatintimidatie", "Straatintimidatie", INTRODUCTION,
            new Goal(id("straatintimidatie-voorkomen-en-bestreden"),
                    "Straatintimidatie wordt voorkomen en bestreden.",
                    new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt voorkomen en bestreden"),
                    List.of(LASTIG_GEVALLEN_OP_STRAAT, MELDINGEN_SSSTOP),
                    List.of(
                            action("publiekscampagnes-straatintimidatie",
                                    "Publiekscampagnes voor bewustwording en meldingsbereidheid", """
                                    Met publiekscampagnes maken wij bewoners bewuster van het probleem en vergroten \
                                    wij de meldingsbereidheid.""",
                                    List.of(), List.of(TargetGroups.ALMEERDERS)),
                            action("mediacampagnes-slachtoffers-omstanders",
                                    "Mediacampagnes voor slachtoffers en omstanders", """
                                    Slachtoffers van straatintimidatie en omstanders bieden wij met mediacampagnes \
                                    inzicht in wat ze hiertegen kunnen doen.""",
                                    List.of(), List.of(TargetGroups.SLACHTOFFERS, TargetGroups.OMSTANDERS)),
                            action("voorlichtingslessen-straatintimidatie", "Voorlichtingslessen op scholen", """
                                    Om jongeren bewuster te maken en de weerbaarheid tegen straatintimidatie te \
                                    vergroten bieden wij voorlichtingslessen aan op scholen.""",
                                    List.of(Partners.SCHOLEN), List.of(TargetGroups.JEUGD)),
                            action("samenwerking-straatintimidatie",
                                    "Samenwerking met relevante partijen versterken", """
                                    Wij versterken de samenwerking met verschillende relevante partijen die \
                                    belangrijk zijn voor het tegengaan van straatintimidatie.""",
                                    List.of(), List.of()))), APPROACH_LEAD_IN);

    private Straatintimidatie() {
    }
}
