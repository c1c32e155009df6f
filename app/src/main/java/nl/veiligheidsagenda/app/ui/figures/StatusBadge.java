package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;

/**
 * A goal's status as icon plus text (never colour alone); the colour only repeats what icon and text say and
 * keeps AA contrast on the light background.
 */
public class StatusBadge extends Span {

    public StatusBadge(GoalResult result) {
        addClassName("va-status");
        GoalStatus status = result.status();
        String text = status == GoalStatus.REPORTED_IN_WORDS
                ? getTranslation("status.REPORTED_IN_WORDS", getTranslation("owner." + result.ownerStatus().name()))
                : getTranslation("status." + status.name());
        addClassName("va-status-" + tone(status, result.ownerStatus()));
        Icon icon = icon(status, result.ownerStatus()).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        add(icon, new Span(" " + text));
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
