package nl.veiligheidsagenda.theme.ondermijning;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.List;

/**
 * The content of theme 1, "Georganiseerde ondermijnende criminaliteit", as the plan adopts it: the theme's
 * introduction and its three subjects in the plan's order. Each subject (with its goal, indicators and actions) is
 * kept in a class of its own.
 * <p>The theme's text gives no figures outside the indicators of Bijlage 2, so it has no context figures and no
 * extra pages.
 */
final class OndermijningCatalogue {

    /** The paragraph under the theme title and the paragraph that follows the list of subjects. */
    static final String INTRODUCTION = """
            Bij ondermijnende criminaliteit maken criminelen voor illegale activiteiten gebruik van legale \
            bedrijven en diensten. Het gaat om het gebruiken van legale structuren voor criminele handelingen \
            of om crimineel geld wit te wassen. Er is sprake van verwevenheid tussen de onderwereld en de \
            bovenwereld. Ondermijning is niet altijd zichtbaar, maar heeft wel voelbare en merkbare negatieve \
            gevolgen voor de inwoners en ondernemers in onze gemeente. Dit type criminaliteit is een probleem \
            omdat het de veiligheid, leefbaarheid, economie, het rechtsgevoel en het gezag van de overheid \
            ernstig aantast. Ondermijning kent verschillende verschijningsvormen. Denk hierbij aan \
            drugshandel, mensenhandel, (zorg)fraude, vastgoedfraude, corruptie, oneerlijke concurrentie en \
            afpersing. Grof geweld wordt hierbij niet geschuwd.

            Op basis van het coalitieakkoord 2022-2025 ‘Bouwen aan een gezonde toekomst’ investeren wij de \
            komende vier jaar extra in het vraagstuk van ondermijning. Hiermee is een verdieping en verbreding \
            van de aanpak van ondermijning mogelijk onder meer op het gebied van drugscriminaliteit, \
            mensenhandel en milieucriminaliteit. Ook de aanpak van ondermijning op bedrijventerreinen kan \
            hiermee uitgebreid worden. Binnen het thema georganiseerde ondermijnende criminaliteit hebben wij \
            drie doelen geformuleerd. Deze worden hierna afzonderlijk benoemd, inclusief de effectindicatoren. \
            Vervolgens beschrijven wij de aanpak om de doelen te bereiken.\
            """;

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue(INTRODUCTION,
            List.of(GeorganiseerdeCriminaliteit.subject(), JongeAanwas.subject(), Mensenhandel.subject()),
            List.of(), List.of());

    private OndermijningCatalogue() {
    }
}
