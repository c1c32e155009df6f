package nl.veiligheidsagenda.architecture.planted.themes_not_on_app.theme.alpha;

import nl.veiligheidsagenda.architecture.planted.themes_not_on_app.app.Shell;

/** Planted violation: a theme reaches into the app. */
public final class AlphaUsesTheApp {

    public Object host() {
        return Shell.INSTANCE;
    }
}
