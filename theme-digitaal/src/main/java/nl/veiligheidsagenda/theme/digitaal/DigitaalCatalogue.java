package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.List;

/**
 * The content of theme 2, "Digitale veiligheid", as the plan adopts it: the theme's introduction, its two subjects
 * in the plan's order ("ONDERWERPEN") and the figures the plan's text gives beside its indicators.
 */
final class DigitaalCatalogue {

    /** The paragraph right under the theme's title, verbatim. */
    static final String INTRODUCTION = """
            De samenleving digitaliseert. Hoewel digitalisering veel nieuwe kansen en mogelijkheden met zich \
            meebrengt, gaan er ook risico’s mee gepaard. Steeds meer mensen worden slachtoffer van digitale \
            criminaliteit en de gevolgen blijven doorgaans niet beperkt tot enkel materiële schade. Ook psychische \
            of emotionele problemen kunnen het gevolg zijn. De omvang en de ernst van deze problematiek maken dat er \
            een belangrijke taak ligt voor de overheid om haar inwoners hiertegen weerbaar te maken. Daarnaast is \
            het belangrijk dat de overheid online een goede informatiepositie verwerft om daarmee (dreigende) \
            openbare ordeverstoringen te kunnen voorkomen.""";

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(
            INTRODUCTION,
            List.of(DigitaleCriminaliteit.SUBJECT, OnlineOrdeverstoringen.SUBJECT),
            DigitaalCijfers.FIGURES,
            List.of(DigitaalCijfers.PAGE, DigitaalOverzicht.PAGE));

    private DigitaalCatalogue() {
    }
}
