package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.List;

/** The content of this theme as the plan adopts it. */
final class DigitaalCatalogue {

    static final ThemeCatalogue CATALOGUE = new ThemeCatalogue("", List.of());

    private DigitaalCatalogue() {
    }
}
