package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility;

/**
 * The plan's warning that more effort can raise an indicator, labelled "Let op" in words beside a warning icon,
 * so it never depends on colour.
 */
final class CaveatNotice extends Div {

    CaveatNotice(String caveat) {
        getElement().setAttribute("role", "note");
        addClassNames(LumoUtility.Background.WARNING_10, LumoUtility.Border.LEFT, LumoUtility.BorderColor.WARNING,
                LumoUtility.Padding.MEDIUM, LumoUtility.BorderRadius.MEDIUM, LumoUtility.Margin.Vertical.MEDIUM);
        getStyle().set("border-left-width", "4px");
        Icon icon = VaadinIcon.WARNING.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        icon.getStyle().set("margin-inline-end", "var(--lumo-space-s)");
        Span label = new Span(getTranslation("catalogue.indicator.caveat") + " ");
        label.getStyle().set("font-weight", "600");
        add(icon, label, new Span(caveat));
    }
}
