package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.subject;

/** Onderwerp "Schoolveiligheid": "Geen effectindicator beschikbaar", so progress is reported in words. */
final class Schoolveiligheid {

    private static final String INTRODUCTION = """
            Het EMMA-onderzoek toont aan dat criminaliteit in Almere in hoge mate een probleem van en met jeugdigen \
            betreft. Door hun jeugdige populatie krijgen scholen vaak als eerste te maken met nieuwe trends in \
            veiligheidsproblematiek. Het onderwijs wordt steeds belangrijker bij het op tijd signaleren van deze \
            maatschappelijke trends en ontwikkelingen. Daarnaast hebben scholen een belangrijke rol bij het \
            signaleren, duiden en melden van veranderend of extreem gedrag van jongeren dat zou kunnen leiden tot \
            radicalisering of criminaliteit. Wij vinden het belangrijk dat kinderen en jongeren naar school gaan in \
            een veilige omgeving. Ook is het van belang dat zij op school leren weerbaar te zijn tegen de \
            verleidingen van criminaliteit en tegen radicale invloeden. Een goede samenwerking tussen onderwijs, \
            zorg en veiligheid is belangrijk, juist als de complexiteit van de problemen toeneemt.""";

    private static final List<String> JEUGD = List.of(TargetGroups.JEUGD);

    /** The lead-in of the approach ("Aanpak"). */
    static final String APPROACH_LEAD_IN = """
            Wij werken de komende jaren aan schoolveiligheid op de volgende manieren:""";

    static final Subject SUBJECT = subject("schoolveiligheid", "Schoolveiligheid", INTRODUCTION,
            new Goal(id("onderwijs-in-veilige-omgeving"),
                    "Jongeren volgen onderwijs in een veilige omgeving.",
                    new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "volgen onderwijs in een veilige omgeving"),
                    List.of(),
                    List.of(
                            action("convenant-veiligheid-op-scholen", "Convenant Veiligheid op scholen actualiseren",
                                    """
                                    Wij versterken de samenwerking met relevante partners. Dit doen wij door het \
                                    actualiseren van het convenant Veiligheid op scholen. In het convenant staan \
                                    afspraken tussen scholen, politie en de gemeente Almere. De afspraken gaan over \
                                    het voorkomen en bestrijden van overlast, vandalisme en crimineel gedrag en het \
                                    creëren van een veilig klimaat in en om de scholen.""",
                                    List.of(Partners.SCHOLEN, Partners.POLITIE), List.of()),
                            action("schoolveiligheidsnetwerken",
                                    "Schoolveiligheidsnetwerken op stadsdeelniveau versterken", """
                                    Wij versterken de bestaande schoolveiligheidsnetwerken op stadsdeelniveau.""",
                                    List.of(Partners.SCHOLEN), List.of()),
                            action("congres-schoolveiligheid", "Congres over veiligheidsproblematiek op scholen", """
                                    Wij organiseren in 2023 een congres over veiligheidsproblematiek op scholen \
                                    samen met onderwijs, politie, jongerenwerk en hulpverlening.""",
                                    List.of(Partners.SCHOLEN, Partners.POLITIE, Partners.JONGERENWERK,
                                            Partners.HULPVERLENING),
                                    List.of(), "2023"),
                            action("weerbaarheid-jongeren-voorlichting",
                                    "Weerbaarheid van jongeren vergroten met voorlichtingsprogramma’s", """
                                    Wij zetten in op preventie door de weerbaarheid van jongeren tegen criminaliteit \
                                    en radicalisering (zie ook thema 4) te vergroten. Dit doen wij door het \
                                    aanbieden van verschillende voorlichtingsprogramma’s zoals Oké op school, \
                                    Gestolen Tijd en Kapot Sterk.""",
                                    List.of(Partners.SCHOLEN), JEUGD)
                                    .withSeeAlso("ondermijning.straatwaarden-en-kapot-sterk",
                                            "polarisatie.weerbaarheid-jongeren"))), APPROACH_LEAD_IN);

    private Schoolveiligheid() {
    }
}
