package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import org.jsoup.nodes.Element;

import java.util.Locale;
import java.util.function.BiFunction;

/**
 * A goal's status as icon plus text (never colour alone); the colour only repeats what icon and text say and
 * keeps AA contrast on the light background.
 */
public class StatusBadge extends Span {

    private static final String ICON_SIZE = "var(--lumo-icon-size-s)";

    public StatusBadge(GoalResult result) {
        addClassName("va-status");
        GoalStatus status = result.status();
        addClassName("va-status-" + tone(status, result.ownerStatus()));
        Icon icon = icon(status, result.ownerStatus()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize(ICON_SIZE);
        add(icon, new Span(" " + text(result, this::getTranslation)));
    }

    /**
     * The same badge as an HTML element, for a list drawn as one piece of HTML (no components per row: they cost
     * memory per open page and time per render); the text is a text node, escaped when printed.
     */
    static Element html(GoalResult result, BiFunction<String, Object[], String> translation) {
        Element badge = new Element("span").addClass("va-status")
                .addClass("va-status-" + tone(result.status(), result.ownerStatus()));
        badge.appendElement("vaadin-icon").attr("icon", "vaadin:" + icon(result.status(), result.ownerStatus())
                        .name().toLowerCase(Locale.ROOT).replace('_', '-')).attr("aria-hidden", "true")
                .attr("style", "width: " + ICON_SIZE + "; height: " + ICON_SIZE);
        badge.appendElement("span").text(" " + text(result, translation));
        return badge;
    }

    private static String text(GoalResult result, BiFunction<String, Object[], String> translation) {
        return result.status() == GoalStatus.REPORTED_IN_WORDS
                ? translation.apply("status.REPORTED_IN_WORDS",
                        new Object[] {translation.apply("owner." + result.ownerStatus().name(), new Object[0])})
                : translation.apply("status." + result.status().name(), new Object[0]);
    }

    private static VaadinIcon icon(GoalStatus status, OwnerStatus owner) {
        return switch (status) {
            case ON_COURSE -> VaadinIcon.CHECK_CIRCLE;
            case ABOUT_THE_SAME -> VaadinIcon.MINUS_CIRCLE;
            case OFF_COURSE -> VaadinIcon.CLOSE_CIRCLE;
            case ATTENTION -> VaadinIcon.INFO_CIRCLE;
            case INCOMPLETE -> VaadinIcon.WARNING;
            case NO_DATA_YET -> VaadinIcon.CLOCK;
            case REPORTED_IN_WORDS -> owner == OwnerStatus.NOT_ASSESSED ? VaadinIcon.QUESTION_CIRCLE
                    : VaadinIcon.COMMENT_ELLIPSIS;
        };
    }

    private static String tone(GoalStatus status, OwnerStatus owner) {
        return switch (status) {
            case ON_COURSE -> "good";
            case OFF_COURSE -> "bad";
            case ATTENTION, ABOUT_THE_SAME -> "neutral";
            case NO_DATA_YET, INCOMPLETE -> "none";
            case REPORTED_IN_WORDS -> switch (owner) {
                case ON_COURSE -> "good";
                case OFF_COURSE -> "bad";
                case PARTLY_ON_COURSE -> "neutral";
                case NOT_ASSESSED -> "none";
            };
        };
    }
}
