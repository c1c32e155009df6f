package nl.veiligheidsagenda.app.ui.content;

/** Where the plan's own text is: the overview ("Over dit plan") and one page per section. */
public final class PlanPaths {

    public static final String OVERVIEW = "plan";

    private PlanPaths() {
    }

    public static String section(String path) {
        return OVERVIEW + "/" + path;
    }
}
