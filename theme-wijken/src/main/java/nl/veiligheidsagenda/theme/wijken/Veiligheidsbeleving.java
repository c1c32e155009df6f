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

/** Onderwerp "Veiligheidsbeleving". */
final class Veiligheidsbeleving {

    private static final String INTRODUCTION = """
            De Veiligheidsmonitor 2021 laat zien dat bewoners zich de afgelopen jaren gemiddeld genomen steeds \
            veiliger zijn gaan voelen in Almere. Toch blijkt uit het EMMA-onderzoek dat Almere lager scoort dan het \
            landelijke gemiddelde én vergelijkbare steden als het gaat om de perceptie van veiligheid. Om deze reden \
            blijven wij ons inzetten om de veiligheidsbeleving verder te verbeteren. Als de criminaliteit en \
            overlast dalen, voelen mensen zich vaak veiliger. Via het tegengaan van criminaliteit en overlast werken \
            wij aan een betere veiligheidsbeleving. Toch is de werkelijkheid complexer. Er zijn vele andere factoren \
            die de veiligheidsbeleving ook en misschien zelfs nog sterker beïnvloeden dan de mate van criminaliteit \
            en overlast. Zorgen die bewoners hebben over grote maatschappelijke problemen spelen een rol in hun \
            veiligheidsbeleving. Ook de inrichting van de fysieke ruimte en de mate van sociale cohesie in de buurt \
            zijn van invloed. Het vertrouwen in instituties zoals de gemeente en politie is ook een factor die \
            meespeelt bij de veiligheidsbeleving. Dit geldt ook voor de manier waarop door die instituties wordt \
            gecommuniceerd over veiligheid.""";

    private static final Indicator ONVEILIG_IN_EIGEN_BUURT = new Indicator(id("onveilig-in-eigen-buurt"),
            "Aandeel bewoners (15+) dat zich wel eens onveilig voelt in de eigen buurt",
            Unit.PERCENT_RESIDENTS_15_PLUS, "Veiligheidsmonitor", Cadence.biennial(2019),
            "Data tweejaarlijks beschikbaar", Direction.LOWER_IS_BETTER, "",
            List.of(series("totaal", "Voelt zich wel eens onveilig in de eigen buurt",
                    Unit.PERCENT_RESIDENTS_15_PLUS, "21", BaselinePeriod.averageOfRounds(2019, 2021))));

    /** The lead-in of the approach ("Aanpak"). */
    static final String APPROACH_LEAD_IN = """
            Naast alle andere inspanningen beschreven in deze Veiligheidsagenda gaan wij voor een betere \
            veiligheidsbeleving het volgende doen:""";

    static final Subject SUBJECT = subject("veiligheidsbeleving", "Veiligheidsbeleving", INTRODUCTION,
            new Goal(id("veiligheidsbeleving-beter"),
                    "De veiligheidsbeleving is beter dan in de voorgaande periode (2019 en 2021 gemiddeld).",
                    EvaluationRule.increase(
                            "is beter dan in de voorgaande periode (2019 en 2021 gemiddeld)",
                            BaselinePeriod.averageOfRounds(2019, 2021)),
                    List.of(ONVEILIG_IN_EIGEN_BUURT),
                    List.of(
                            action("sociale-cohesie-versterken", "Sociale cohesie in buurten versterken", """
                                    Wij zetten in op versterking van de sociale cohesie in buurten, met name in \
                                    wijken waar de onderlinge betrokkenheid lager is. Hiervoor verstevigen wij de \
                                    samenwerking met andere domeinen binnen de gemeente, waaronder het sociaal \
                                    domein en leefbaarheid. Deze domeinen dragen al veel bij aan de sociale cohesie. \
                                    Dit doen zij bijvoorbeeld door het stimuleren van ontmoetingen en \
                                    buurtactiviteiten en het verbeteren van de toegankelijkheid van voorzieningen.""",
                                    List.of(), List.of())
                                    .withSeeAlso("ondermijning.sociale-cohesie", "polarisatie.sociale-cohesie-versterken"),
                            action("fysieke-omgeving-schoon-heel-veilig",
                                    "Fysieke omgeving ‘schoon, heel en veilig’", """
                                    De fysieke kwaliteit van de omgeving draagt bij aan het veiligheidsgevoel. Als \
                                    de buurt ‘schoon, heel en veilig’ is, voelen mensen zich ook veiliger. De \
                                    fysieke inrichting en het onderhoud is van belang. Denk hierbij bijvoorbeeld aan \
                                    het verlichtingsniveau, zichtlijnen, de inrichting van de stations en \
                                    jongerenontmoetingsplekken, maar ook aan het ontwerp van nieuwe gebieden. Wij \
                                    versterken daarom de samenwerking tussen het gemeentelijke fysieke domein en het \
                                    veiligheidsdomein. Wij maken collega’s in het fysieke domein bewuster van de \
                                    invloed die hun werk heeft op de veiligheidsbeleving en adviseren hen vanuit \
                                    onze ‘veiligheidsbril’.""",
                                    List.of(), List.of(TargetGroups.ALMEERDERS, TargetGroups.PROFESSIONALS)),
                            action("vertrouwen-gemeente-politie", "Vertrouwen in gemeente en politie vergroten", """
                                    Wij werken aan het vergroten van het vertrouwen van bewoners in de gemeente en \
                                    politie door ervoor te zorgen dat de professionals die in de wijken werken \
                                    zichtbaarder worden. Wij willen duidelijker maken dat zij er niet alleen zijn \
                                    voor individuele bewoners die hulp nodig hebben, maar dat ze er ook zijn ook om \
                                    de buurt beter te maken. Waar van toepassing stimuleren wij het werken volgens \
                                    het ‘Palet van Vertrouwen’. Dit palet bevat de leidende principes voor de \
                                    gemeentelijke dienstverlening met als doel het vertrouwen van Almeerders in de \
                                    gemeente te herstellen en te vergroten. Wij investeren bovendien in communicatie \
                                    om bewoners te informeren over veiligheid, om te laten zien dat wij er zijn en \
                                    wat wij doen.""",
                                    List.of(Partners.POLITIE), List.of(TargetGroups.ALMEERDERS)))), APPROACH_LEAD_IN);

    private Veiligheidsbeleving() {
    }
}
