package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.AVERAGE_2019_2022;
import static nl.veiligheidsagenda.theme.wijken.Elements.action;
import static nl.veiligheidsagenda.theme.wijken.Elements.id;
import static nl.veiligheidsagenda.theme.wijken.Elements.subject;
import static nl.veiligheidsagenda.theme.wijken.Elements.series;

/**
 * Onderwerp "High impact crimes en veelvoorkomende criminaliteit". The first bullet of the approach names three
 * tracks ("sporen"); each track is a part of that action, titled as the plan names it.
 */
final class HighImpactCrimes {

    static final String NAME = "High impact crimes en veelvoorkomende criminaliteit";

    private static final String INTRODUCTION = """
            High impact crimes zijn delicten die een grote inbreuk maken op een persoon of de persoonlijke \
            levenssfeer. Deze delicten zijn van grote invloed op het veiligheidsgevoel van bewoners. Daarom blijven \
            wij aandacht hebben voor high impact crimes. Het gaat hierbij om woninginbraken, straatroven, overvallen \
            en geweld tegen personen. Deze vormen van criminaliteit laten over de langere termijn een dalende trend \
            zien. De daling zette versterkt door in de coronajaren, maar sommige delicten namen weer toe in 2022. \
            Ook dat is een reden om voldoende aandacht te blijven besteden aan high impact crimes.

            Veelvoorkomende criminaliteit bestaat uit delicten als winkeldiefstal en fietsdiefstal, auto-inbraak, \
            vernieling en licht uitgaansgeweld. De meeste van deze delicten lieten de afgelopen jaren een daling \
            zien en ook in 2022 bleven de aantallen laag. Dit geldt niet voor winkeldiefstal, waarbij in 2022 wel \
            sprake was van een sterke stijging. Veelvoorkomende criminaliteit zorgt voor veel overlast en \
            economische schade en vraagt daarom om een daadkrachtige en afgewogen aanpak.""";

    private static final Indicator HIGH_IMPACT_CRIMES = new Indicator(id("geregistreerde-high-impact-crimes"),
            "Aantal geregistreerde high impact crimes (woninginbraken, straatroven, overvallen, geweldsdelicten) "
                    + "per jaar per 1.000 woningen/inwoners",
            Unit.PER_1000_RESIDENTS, "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER,
            ReportingCaveats.MELDINGSBEREIDHEID_BEWONERS_ONDERNEMERS,
            List.of(series("woninginbraken", "Woninginbraken", Unit.PER_1000_DWELLINGS, "5.8", AVERAGE_2019_2022),
                    series("straatroven", "Straatroven", Unit.PER_1000_RESIDENTS, "0.4", AVERAGE_2019_2022),
                    series("overvallen", "Overvallen", Unit.PER_1000_RESIDENTS, "0.09", AVERAGE_2019_2022),
                    series("geweldsdelicten", "Geweldsdelicten", Unit.PER_1000_RESIDENTS, "2.9",
                            AVERAGE_2019_2022)));

    private static final Indicator VEELVOORKOMENDE_MISDRIJVEN = new Indicator(
            id("geregistreerde-veelvoorkomende-misdrijven"),
            "Aantal geregistreerde veelvoorkomende misdrijven (auto-inbraken, brom-, snor-, fietsdiefstallen, "
                    + "vernielingen, winkeldiefstallen) per 1.000 inwoners",
            Unit.PER_1000_RESIDENTS, "Politie", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER,
            ReportingCaveats.MELDINGSBEREIDHEID_BEWONERS_ONDERNEMERS,
            List.of(series("auto-inbraken", "Auto-inbraken", Unit.PER_1000_RESIDENTS, "2.3", AVERAGE_2019_2022),
                    series("brom-snor-fietsdiefstallen", "(Brom)fietsdiefstallen", Unit.PER_1000_RESIDENTS, "2.9",
                            AVERAGE_2019_2022),
                    series("vernielingen", "Vernielingen", Unit.PER_1000_RESIDENTS, "4.1", AVERAGE_2019_2022),
                    series("winkeldiefstallen", "Winkeldiefstallen", Unit.PER_1000_RESIDENTS, "3.1",
                            AVERAGE_2019_2022)));

    /** The lead-in of the approach ("Aanpak"). */
    static final String APPROACH_LEAD_IN =
            "Om high impact crimes en veelvoorkomende criminaliteit tegen te gaan, gaan wij het volgende doen:";

    static final Subject SUBJECT = subject("high-impact-crimes-en-veelvoorkomende-criminaliteit", NAME,
            INTRODUCTION,
            new Goal(id("hic-en-vvc-dalen"),
                    "High impact crimes en veelvoorkomende criminaliteit dalen ten opzichte van de voorgaande "
                            + "periode (2019 t/m 2022 gemiddeld).",
                    EvaluationRule.decrease(
                            "dalen ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)", AVERAGE_2019_2022),
                    List.of(HIGH_IMPACT_CRIMES, VEELVOORKOMENDE_MISDRIJVEN),
                    List.of(
                            action("hic-informatiegestuurde-aanpak",
                                    "Intensieve informatiegestuurde aanpak van high impact crimes", """
                                    High impact crimes gaan wij tegen door middel van een intensieve \
                                    informatiegestuurde aanpak. In de afgelopen jaren is een intensieve aanpak \
                                    gevolgd, zowel aan de opsporingskant als door investeringen in \
                                    burgerparticipatie, preventie en heterdaadkracht. Deze aanpak zetten wij voort. \
                                    Wij werken hierbij informatiegestuurd en kunnen daardoor maatregelen inzetten op \
                                    plaatsen en tijden die het meest kwetsbaar zijn. De aanpak volgt drie sporen:""",
                                    List.of(Partners.POLITIE, Partners.BEWONERS, Partners.WONINGCORPORATIES,
                                            Partners.ZVHF, Partners.GGD),
                                    List.of(TargetGroups.ALMEERDERS, TargetGroups.JEUGD,
                                            TargetGroups.DADERS, TargetGroups.SLACHTOFFERS))
                                    .withParts(preventie(), repressie(), nazorg()),
                            action("zware-geweldsdelicten",
                                    "Integrale aanpak van high impact crimes ook op zware geweldsdelicten", """
                                    Bovengenoemde aanpak is van oudsher gericht op het tegengaan van woninginbraken, \
                                    straatroven en overvallen. Wij merken dat er steeds vaker zware geweldsdelicten \
                                    worden gepleegd in Almere die niet onder deze categorieën vallen, maar die wel \
                                    een grote impact hebben op slachtoffers en hun omgeving. Het gaat om \
                                    geweldsdelicten zoals diefstallen met geweld, explosies en zware mishandelingen \
                                    (vaak met gebruik van wapens). De integrale aanpak die wij hebben tegen high \
                                    impact crimes gaan wij ook toepassen op deze geweldsdelicten.""",
                                    List.of(), List.of(TargetGroups.SLACHTOFFERS)),
                            action("vvc-gebiedsgericht",
                                    "Gebiedsgerichte aanpak van veelvoorkomende criminaliteit", """
                                    De aanpak van veelvoorkomende criminaliteit geven wij gebiedsgericht vorm in \
                                    samenwerking met politie en (jeugd)boa’s. De gerichte inzet wordt bepaald op \
                                    basis van inzichten uit beschikbare data. Door deze manier van \
                                    informatiegestuurd werken hebben wij kwetsbare plekken snel in beeld en kunnen \
                                    wij indien nodig op hotspots extra toezicht inzetten. Ook geven wij op die \
                                    plekken extra aandacht aan bewustwording en geven wij preventieadvies tegen \
                                    herhaald slachtofferschap. Op veilig.almere.nl bieden wij preventietips aan en \
                                    staat een overzicht van maatregelen (toolkits). Wij gaan daarnaast de \
                                    samenwerking binnen de aanpak van veelvoorkomende criminaliteit met en tussen \
                                    onze partners verbeteren. Wij willen bestaande netwerken behouden en versterken. \
                                    Hiervoor gaan wij de participatie van alle betrokken partijen stimuleren en de \
                                    samenwerking tussen de partijen structureler inrichten.""",
                                    List.of(Partners.POLITIE, Partners.BOAS), List.of()),
                            action("veilig-uitgaan-ov-voetbal",
                                    "Veilige bedrijventerreinen, winkel- en uitgaansgebieden, openbaar vervoer en "
                                            + "betaald voetbal", """
                                    Samen met ondernemers en de politie werken wij aan veilige bedrijventerreinen, \
                                    veilige winkel- en uitgaansgebieden, veilig openbaar vervoer en veilig betaald \
                                    voetbal. In de convenanten Veilig Uitgaan, Veilig Openbaar Vervoer en Veilig \
                                    Voetbal staan de doelstellingen, maatregelen en samenwerkingsafspraken met de \
                                    verschillende partners. In de werkgroepen Veilig Ondernemen worden soortgelijke \
                                    afspraken gemaakt tussen ondernemers, politie en gemeente.""",
                                    List.of(Partners.ONDERNEMERS, Partners.POLITIE),
                                    List.of(TargetGroups.ONDERNEMERS)),
                            action("communicatie-weerbaarheid-meldingsbereidheid",
                                    "Communicatie over weerbaarheid en meldingsbereidheid", """
                                    Wij zetten communicatie in om de aanpak van high impact crimes en \
                                    veelvoorkomende criminaliteit te ondersteunen. De communicatie is vooral gericht \
                                    op weerbaarheid van bewoners zodat zij weten wat ze kunnen doen om \
                                    slachtofferschap zoveel mogelijk te voorkomen. Daarnaast zetten wij communicatie \
                                    in om de meldingsbereidheid van bewoners en ondernemers te vergroten.""",
                                    List.of(), List.of(TargetGroups.ALMEERDERS, TargetGroups.ONDERNEMERS)))), APPROACH_LEAD_IN);

    private HighImpactCrimes() {
    }

    /** A track ("spoor") of the first bullet, titled as the plan names it. */
    private static Action preventie() {
        return new Action(id("hic-preventie"), "Preventie en het verkleinen van de slachtofferkans", """
                Preventie en het verkleinen van de slachtofferkans: wij blijven inzetten op het \
                voorkomen van overvallen, straatroven en woninginbraken. Voor overvallen doen \
                wij dat onder andere via de Werkgroepen Veilig Ondernemen op de \
                bedrijventerreinen en in de winkelcentra. Voor woninginbraken zetten wij \
                gemeentelijke preventieadviseurs in en werken wij samen met actieve bewoners in \
                bijvoorbeeld de buurtpreventieteams. Ook werken wij samen met de \
                woningcorporaties bij het verbeteren van het hang- en sluitwerk van kwetsbare \
                woningen. Tijdens de herfst- en wintermaanden zetten wij extra in op \
                preventieadvies en toezicht door buurtadviseurs tijdens het donkere dagen \
                offensief.""",
                List.of(Partners.BEWONERS, Partners.WONINGCORPORATIES), List.of(TargetGroups.ALMEERDERS), "");
    }

    /** A track ("spoor") of the first bullet, titled as the plan names it. */
    private static Action repressie() {
        return new Action(id("hic-repressie"), "Repressie en vergroten van de pakkans", """
                Repressie en vergroten van de pakkans: wij werken samen met politie met name in \
                de vorm van extra maatregelen tegen overvallen, straatroven en woninginbraken \
                waar en wanneer dit nodig is. De aard en oorzaken van de high impact crimes die \
                worden gepleegd door jeugdigen worden met de politie geduid en er worden \
                passende interventies ingezet. Jongeren die deze delicten plegen kunnen worden \
                aangemeld voor een persoonsgerichte aanpak (PGA) die wordt gefaciliteerd door \
                het Zorg- en Veiligheidshuis Flevoland (Top X) of de GGD (lokale PGA en PGA \
                18min).""",
                List.of(Partners.POLITIE, Partners.ZVHF, Partners.GGD),
                List.of(TargetGroups.JEUGD, TargetGroups.DADERS), "");
    }

    /** A track ("spoor") of the first bullet, titled as the plan names it. */
    private static Action nazorg() {
        return new Action(id("hic-nazorg"), "Nazorg", """
                Nazorg: slachtoffers van high impact crimes krijgen nazorg aangeboden in de vorm \
                van slachtofferhulp en preventieadvies tegen herhaald slachtofferschap""",
                List.of(), List.of(TargetGroups.SLACHTOFFERS), "");
    }
}
