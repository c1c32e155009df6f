package nl.veiligheidsagenda.app.ui.themes;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.registry.PluginProblem;
import nl.veiligheidsagenda.core.registry.PluginStatus;

/**
 * Admins see every installed theme plugin (version, supported core range, accepted or refused with every reason)
 * and switch themes on and off; the choice is stored and takes effect at once.
 */
@Route("beheer/themas")
@Menu(order = 20, title = "nav.admin.plugins", icon = "vaadin:plug")
@RolesAllowed("ADMIN")
public class ThemeAdminView extends Div implements HasDynamicTitle {

    private final ThemeService themes;
    private final Grid<PluginStatus> grid = new Grid<>();

    @Inject
    public ThemeAdminView(ThemeService themes) {
        this.themes = themes;
        addClassName("va-page");
        add(new H1(getTranslation("admin.plugins.title")), new Paragraph(getTranslation("admin.plugins.intro")));

        grid.addColumn(status -> status.descriptor().name()).setHeader(getTranslation("admin.plugins.name"))
                .setFlexGrow(3);
        grid.addColumn(PluginStatus::id).setHeader(getTranslation("admin.plugins.id"));
        grid.addColumn(status -> status.descriptor().version()).setHeader(getTranslation("admin.plugins.version"));
        grid.addColumn(status -> status.descriptor().supportedCore())
                .setHeader(getTranslation("admin.plugins.core-range"));
        grid.addComponentColumn(this::compatibility).setHeader(getTranslation("admin.plugins.compatible"))
                .setFlexGrow(4);
        grid.addComponentColumn(this::enabledToggle).setHeader(getTranslation("admin.plugins.enabled"))
                .setFlexGrow(2);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setItems(themes.installed());
        grid.setAriaLabel(getTranslation("admin.plugins.title"));
        add(grid);
    }

    private Div compatibility(PluginStatus status) {
        Div cell = new Div();
        if (status.compatible()) {
            cell.add(VaadinIcon.CHECK.create(), new Span(" " + getTranslation("common.yes")));
            return cell;
        }
        cell.add(VaadinIcon.BAN.create(), new Span(" " + getTranslation("admin.plugins.refused")));
        UnorderedList reasons = new UnorderedList();
        for (PluginProblem problem : status.problems()) {
            reasons.add(new ListItem(problem.message(getLocale())));
        }
        cell.add(reasons);
        // Reasons name modules and files (nl.veiligheidsagenda.theme.crisis): break them rather than cut them off.
        cell.getStyle().set("overflow-wrap", "anywhere");
        return cell;
    }

    private Checkbox enabledToggle(PluginStatus status) {
        Checkbox checkbox = new Checkbox(getTranslation("admin.plugins.enabled"));
        checkbox.setAriaLabel(getTranslation("admin.plugins.toggle", status.descriptor().name()));
        checkbox.setValue(themes.isEnabled(status.id()));
        checkbox.setEnabled(status.compatible() && themes.isAllowed(status.id()));
        if (status.compatible() && !themes.isAllowed(status.id())) {
            checkbox.setHelperText(getTranslation("admin.plugins.not-allowed"));
        }
        checkbox.addValueChangeListener(event -> {
            if (!event.isFromClient()) {
                return;
            }
            try {
                themes.setEnabled(status.id(), event.getValue(), CurrentUser.actor());
                Notification.show(getTranslation(event.getValue() ? "admin.plugins.switched-on"
                        : "admin.plugins.switched-off", status.descriptor().name()))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            } catch (RuntimeException e) {
                checkbox.setValue(event.getOldValue());
                Notification.show(getTranslation("admin.plugins.failed", e.getMessage()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
        });
        return checkbox;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin.plugins.title") + " | " + getTranslation("app.title");
    }
}
