package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * An extra page a theme contributes beside its landing page, built by the shell from the theme's context
 * figures (e.g. theme 4's demonstrations per year). Keeping pages as data keeps theme plugins free of UI code.
 *
 * @param path             the page's path below the theme's route, lower-case letters, digits and dashes
 * @param title            the page title and menu label
 * @param introduction     text shown above the figures
 * @param contextFigureIds the context figures shown, in order
 */
public record ThemePage(String path, String title, String introduction, List<String> contextFigureIds) {

    public ThemePage {
        contextFigureIds = List.copyOf(contextFigureIds);
    }
}
