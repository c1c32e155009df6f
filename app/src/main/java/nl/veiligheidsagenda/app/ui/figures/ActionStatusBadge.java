package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import nl.veiligheidsagenda.app.figures.ActionStatus;

/** An action's status in a year as icon plus text, like a goal's {@link StatusBadge}; colour only repeats it. */
public class ActionStatusBadge extends Span {

    public ActionStatusBadge(ActionStatus status) {
        addClassNames("va-status", "va-status-" + tone(status));
        Icon icon = icon(status).create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.setSize("var(--lumo-icon-size-s)");
        add(icon, new Span(getTranslation("action-status." + status.name())));
    }

    private static VaadinIcon icon(ActionStatus status) {
        return switch (status) {
            case NOT_STARTED -> VaadinIcon.CIRCLE_THIN;
            case RUNNING -> VaadinIcon.PLAY_CIRCLE_O;
            case COMPLETED -> VaadinIcon.CHECK_CIRCLE;
            case DELAYED -> VaadinIcon.CLOCK;
            case STOPPED -> VaadinIcon.STOP;
        };
    }

    private static String tone(ActionStatus status) {
        return switch (status) {
            case COMPLETED -> "good";
            case DELAYED, STOPPED -> "bad";
            case RUNNING -> "neutral";
            case NOT_STARTED -> "none";
        };
    }
}
