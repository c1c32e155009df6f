package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.core.evaluation.GoalResult;

/** A goal's status as symbol and words (never colour alone); the colour class only repeats them. */
final class StatusHtml {

    private StatusHtml() {
    }

    static void write(Markup html, GoalResult result) {
        ReportTexts.StatusLabel label = ReportTexts.status(result);
        html.open("span", "class", "status status-" + label.tone())
                .element("span", label.symbol(), "class", "symbol", "aria-hidden", "true")
                .text(" " + label.text()).close("span");
    }
}
