package nl.veiligheidsagenda.theme.wijken;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.ContextFigure.DataPoint;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.List;

import static nl.veiligheidsagenda.theme.wijken.Elements.id;

/**
 * The content of theme 3, "Veilige wijken", as the plan adopts it: the theme's introduction, its nine subjects in
 * the plan's order (each in a class of its own), and the figures the plan gives outside Bijlage 2. The residents'
 * budget survey is Bijlage 1's, so it belongs to the plan's own text (the deployment's plan description), not here.
 */
final class WijkenCatalogue {

    /** The paragraph under the theme's title, then the paragraphs between the list of subjects and the first one. */
    private static final String INTRODUCTION = """
            Als dicht bij huis of zelfs binnenshuis criminaliteit of overlast plaatsvindt, raakt dat mensen direct. \
            De impact is groot en het kan leiden tot een gevoel van onveiligheid. Een overheid die deze \
            criminaliteit en overlast tegengaat, wekt vertrouwen en levert een bijdrage aan het vergroten van het \
            veiligheidsgevoel.

            Uit de Veiligheidsmonitor blijkt dat de meeste inwoners van Almere zich veilig voelen in hun buurt en \
            dat het veiligheidsgevoel de laatste jaren is verbeterd. De meeste vormen van ‘traditionele’ \
            criminaliteit, zoals woninginbraken, fietsdiefstallen, auto-inbraken en straatroven zijn de laatste \
            jaren op een laag niveau. De daling van dit type criminaliteit was al langere tijd bezig, maar werd \
            versterkt in de coronajaren 2020 en 2021. Ook in 2022 zijn veel van deze delictsoorten nog niet op het \
            niveau van voor de coronaperiode. Een uitzondering hierop zijn de winkeldiefstallen die wel sterk zijn \
            gestegen het laatste jaar.

            In tegenstelling tot de algemene daling van criminaliteit in de wijken tijdens de coronajaren, steeg de \
            overlast juist in deze periode. Tegen de verwachting in lieten enkele overlastsoorten geen daling zien \
            na de coronajaren. In 2022 stegen drugs- en drankoverlast, overlast van daklozen en overlast van verward \
            en onbegrepen gedrag juist verder.

            Zoals in de inleiding benoemd, vroegen wij in de voorbereiding van deze Veiligheidsagenda aan bewoners \
            wat voor hen een veilig Almere betekent (zie ook bijlage 1). Veel bewoners gaven aan dat het voor hen \
            vooral betekent dat ze zich vrij en onbekommerd door de stad kunnen bewegen, dat ze onbezorgd over \
            straat kunnen en zich veilig voelen in de openbare ruimte. Deze nadruk op veiligheid op straat en in de \
            buurt kwam ook terug in de antwoorden op een budgetvraag die wij de bewoners voorlegden. Bewoners gaven \
            aan op afstand gemiddeld het grootste bedrag te willen uitgeven aan het tegengaan van traditionele \
            vormen van criminaliteit in de wijk, winkelcentra en bedrijventerreinen, zoals inbraken en diefstallen. \
            Daarna is overlast op straat het onderwerp waar de meeste inzet op gericht moet zijn volgens bewoners.

            De Almeerse wijken, straten en huizen moeten zowel veilig zijn als veilig voelen. Dit geldt ook voor \
            bedrijventerreinen, winkelcentra, scholen en het openbaar vervoer. Wij zorgen daarom voor een sterke \
            basis in de aanpak van de overlast en van de zogenoemde traditionele criminaliteit die veelal \
            plaatsvindt in de wijken. Tegelijkertijd brengen wij op enkele belangrijke onderdelen focus aan in de \
            aanpak.""";

    /** Subject "Burgerparticipatie": Almere against the Netherlands in the Veiligheidsmonitor 2021. */
    static final ContextFigure BUURTPREVENTIE_APP = new ContextFigure(id("buurtpreventie-app-almere-nederland"),
            "Huishouden neemt deel aan een buurtpreventie-app: Almere en Nederland",
            "Zo geeft 24% van de Almeerders aan dat hun huishouden deelneemt aan een buurtpreventie-app tegenover "
                    + "22% van alle Nederlanders.",
            "%", "Veiligheidsmonitor 2021",
            List.of(DataPoint.of("Almere", "24"), DataPoint.of("Nederland", "22")));

    static final ContextFigure BURGERWACHT = new ContextFigure(id("burgerwacht-almere-nederland"),
            "Burgerwacht of buurtpreventieteam actief in de buurt: Almere en Nederland",
            "Ook woont 19% van de Almeerders in een buurt waarin een burgerwacht of buurtpreventieteam actief is "
                    + "tegenover 8% van alle Nederlanders.",
            "%", "Veiligheidsmonitor 2021",
            List.of(DataPoint.of("Almere", "19"), DataPoint.of("Nederland", "8")));

    /**
     * Subject "Woonoverlast". The plan's footnote to this sentence is not in the text; the rounds 2017 and 2021
     * are those of the Veiligheidsmonitor (Bijlage 2: 20%, the average of 22% and 18%).
     */
    static final ContextFigure WOONOVERLAST = new ContextFigure(id("woonoverlast-ervaren-2017-2021"),
            "Almeerders die een of meer soorten woonoverlast ervaren",
            "Het percentage Almeerders dat aangeeft een of meer soorten woonoverlast te ervaren is gedaald van 22% "
                    + "in 2017 naar 18% in 2021.",
            "%", "Veiligheidsmonitor",
            List.of(DataPoint.of("2017", "22"), DataPoint.of("2021", "18")));

    /** The figures the plan gives beside the indicators of burgerparticipatie and woonoverlast, with their goals. */
    static final ThemePage BURGERPARTICIPATIE_EN_WOONOVERLAST = new ThemePage("burgerparticipatie-en-woonoverlast",
            "Burgerparticipatie en woonoverlast in cijfers", List.of(
                    Block.Heading.of("Burgerparticipatie"),
                    new Block.Paragraph("Uit de Veiligheidsmonitor 2021 blijkt dat de burgerparticipatie in het "
                            + "veiligheidsdomein in Almere groter is dan gemiddeld in de grote steden en ook groter dan "
                            + "gemiddeld in Nederland."),
                    new Block.FigureChart(BUURTPREVENTIE_APP.id()),
                    new Block.FigureChart(BURGERWACHT.id()),
                    Block.Links.of(Block.Link.to(Block.Link.Target.GOAL, Burgerparticipatie.SUBJECT.goals()
                            .getFirst().id())),
                    Block.Heading.of("Woonoverlast"),
                    new Block.FigureChart(WOONOVERLAST.id()),
                    Block.Links.of(Block.Link.to(Block.Link.Target.GOAL, Woonoverlast.SUBJECT.goals()
                            .getFirst().id()))));

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(INTRODUCTION,
            List.of(Veiligheidsbeleving.SUBJECT,
                    Burgerparticipatie.SUBJECT,
                    HighImpactCrimes.SUBJECT,
                    OverlastOpStraat.SUBJECT,
                    Woonoverlast.SUBJECT,
                    VeiligOndernemen.SUBJECT,
                    Straatintimidatie.SUBJECT,
                    Schoolveiligheid.SUBJECT,
                    HuiselijkGeweld.SUBJECT),
            List.of(BUURTPREVENTIE_APP, BURGERWACHT, WOONOVERLAST),
            List.of(BURGERPARTICIPATIE_EN_WOONOVERLAST));

    private WijkenCatalogue() {
    }
}
