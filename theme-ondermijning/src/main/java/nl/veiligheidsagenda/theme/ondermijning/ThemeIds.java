package nl.veiligheidsagenda.theme.ondermijning;

/**
 * Builds the ids of this theme's elements: the theme id, a dot and a short, meaningful slug. Stored figures are keyed
 * by these ids, so a slug never changes once released.
 */
final class ThemeIds {

    static final String THEME = "ondermijning";

    private ThemeIds() {
    }

    static String id(String slug) {
        return THEME + "." + slug;
    }
}
