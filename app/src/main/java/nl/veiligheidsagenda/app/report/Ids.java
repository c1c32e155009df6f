package nl.veiligheidsagenda.app.report;

/**
 * Anchors of the report's sections, made from the plugins' stable ids: letters, digits, dots, dashes and
 * underscores stay, anything else becomes a dash, so an anchor is a valid XML id and a safe fragment.
 */
final class Ids {

    private Ids() {
    }

    static String theme(String themeId) {
        return "thema-" + clean(themeId);
    }

    static String subject(String subjectId) {
        return "onderwerp-" + clean(subjectId);
    }

    static String goal(String goalId) {
        return "doel-" + clean(goalId);
    }

    static String indicator(String indicatorId) {
        return "indicator-" + clean(indicatorId);
    }

    private static String clean(String id) {
        return id.replaceAll("[^A-Za-z0-9._-]", "-");
    }
}
