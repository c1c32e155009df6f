package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.ContextFigure.DataPoint;
import nl.veiligheidsagenda.core.model.ThemePage;

import java.util.List;

/**
 * The figures the plan's text gives on digital crime beside its indicators (subject "Digitale criminaliteit"), and
 * the extra page that shows them. Descriptions are the plan's own sentences.
 */
final class DigitaalCijfers {

    static final ContextFigure SLACHTOFFERSCHAP_2021 = new ContextFigure(
            "digitaal.slachtofferschap-2021",
            "Slachtofferschap van digitale en traditionele criminaliteit in 2021",
            "In 2021 werd 20% van de Almeerders slachtoffer van digitale criminaliteit. Ter vergelijking: in "
                    + "datzelfde jaar werd 19% van de Almeerders slachtoffer van traditionele criminaliteit. Het "
                    + "aandeel Almeerders dat in 2021 slachtoffer werd van digitale criminaliteit ligt met 20% "
                    + "bovendien hoger dan gemiddeld in Nederland, waar dit 17% was.",
            "%",
            "Veiligheidsmonitor 2021",
            List.of(
                    DataPoint.of("Almere: digitale criminaliteit", "20"),
                    DataPoint.of("Almere: traditionele criminaliteit", "19"),
                    DataPoint.of("Nederland: digitale criminaliteit", "17")));

    private static final String FINANCIELE_SCHADE = "Behalve een omvangrijk probleem, is digitale criminaliteit "
            + "ook een ernstig probleem. Zo berekende het CBS dat ruim een kwart van de financiële schade als gevolg "
            + "van criminaliteit voor rekening komt van digitaal gepleegde delicten. In 2021 betrof het 28% van de "
            + "2,5 miljard euro aan schade.";

    static final ContextFigure SCHADE_TOTAAL = new ContextFigure(
            "digitaal.financiele-schade-totaal",
            "Financiële schade als gevolg van criminaliteit",
            FINANCIELE_SCHADE,
            "miljard euro",
            "CBS",
            List.of(DataPoint.of("2021", "2.5")));

    static final ContextFigure SCHADE_AANDEEL_DIGITAAL = new ContextFigure(
            "digitaal.financiele-schade-digitaal",
            "Aandeel van digitaal gepleegde delicten in de financiële schade als gevolg van criminaliteit",
            FINANCIELE_SCHADE,
            "%",
            "CBS",
            List.of(DataPoint.of("2021", "28")));

    static final ContextFigure PSYCHISCHE_GEVOLGEN = new ContextFigure(
            "digitaal.psychische-gevolgen",
            "Slachtoffers van digitale criminaliteit met emotionele of psychische problemen",
            "Daarnaast is de immateriële schade vaak ook groot. Uit de Veiligheidsmonitor blijkt dat digitale "
                    + "criminaliteit bij 15% van de slachtoffers leidt tot emotionele of psychische problemen.",
            "%",
            "Veiligheidsmonitor",
            List.of(DataPoint.of("Slachtoffers van digitale criminaliteit", "15")));

    static final List<ContextFigure> FIGURES =
            List.of(SLACHTOFFERSCHAP_2021, SCHADE_TOTAAL, SCHADE_AANDEEL_DIGITAAL, PSYCHISCHE_GEVOLGEN);

    static final ThemePage PAGE = new ThemePage(
            "cijfers",
            "Digitale criminaliteit in cijfers",
            "De omvang en de ernst van digitale criminaliteit, zoals het uitvoeringsplan ze beschrijft: "
                    + "slachtofferschap in Almere en in Nederland, de financiële schade en de immateriële gevolgen "
                    + "voor slachtoffers.",
            FIGURES.stream().map(ContextFigure::id).toList());

    private DigitaalCijfers() {
    }
}
