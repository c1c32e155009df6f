package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.i18n.I18NProvider;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;

import java.util.Locale;
import java.util.function.Function;

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
        add(icon, new Span(" " + text(result)));
    }

    /**
     * The same badge for a grid column, drawn by the browser from three values per row: no server-side components
     * per row (they cost memory per open page and time per render).
     */
    public static <T> LitRenderer<T> renderer(Function<T, GoalResult> result) {
        return LitRenderer.<T>of("<span class=\"va-status va-status-${item.tone}\"><vaadin-icon icon=\"${item.icon}\""
                        + " aria-hidden=\"true\" style=\"width: " + ICON_SIZE + "; height: " + ICON_SIZE + "\">"
                        + "</vaadin-icon><span> ${item.text}</span></span>")
                .withProperty("tone", row -> tone(result.apply(row).status(), result.apply(row).ownerStatus()))
                .withProperty("icon", row -> "vaadin:" + icon(result.apply(row).status(), result.apply(row)
                        .ownerStatus()).name().toLowerCase(Locale.ROOT).replace('_', '-'))
                .withProperty("text", row -> text(result.apply(row)));
    }

    private static String text(GoalResult result) {
        return result.status() == GoalStatus.REPORTED_IN_WORDS
                ? I18NProvider.translate("status.REPORTED_IN_WORDS",
                        I18NProvider.translate("owner." + result.ownerStatus().name()))
                : I18NProvider.translate("status." + result.status().name());
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
