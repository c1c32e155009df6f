package nl.veiligheidsagenda.architecture.planted.app_not_on_themes.app.figures;

import nl.veiligheidsagenda.architecture.planted.app_not_on_themes.theme.alpha.AlphaPlugin;

/** Planted violation: the app compiles against a theme. */
public final class FiguresKnowATheme {

    public String alpha() {
        return new AlphaPlugin().id();
    }
}
