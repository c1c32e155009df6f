package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.admin.PluginAdminView;
import nl.veiligheidsagenda.app.ui.security.SecurityNav;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.ui.figures.DashboardView;
import nl.veiligheidsagenda.app.ui.figures.DenominatorsView;
import nl.veiligheidsagenda.app.ui.figures.EntryView;
import nl.veiligheidsagenda.app.ui.figures.MyTasksView;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.app.ui.catalogue.ActionsView;
import nl.veiligheidsagenda.app.ui.catalogue.IndicatorOverviewView;
import nl.veiligheidsagenda.app.ui.catalogue.YouthView;
import nl.veiligheidsagenda.core.registry.PluginRegistry;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.function.Consumer;

/**
 * The shell around every view: a title bar and a side menu built from the enabled themes. When an admin switches
 * a theme on or off, every open menu is rebuilt.
 */
@PermitAll
public class MainLayout extends AppLayout {

    private final ThemeService themes;
    private final SideNav themeNav = new SideNav();
    private Consumer<PluginRegistry> listener;

    @Inject
    public MainLayout(ThemeService themes, Security security) {
        this.themes = themes;
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("va-app-title");
        addToNavbar(toggle, title, SecurityNav.userMenu(security));

        SideNav general = new SideNav();
        general.getElement().setAttribute("aria-label", getTranslation("nav.general"));
        general.addItem(new SideNavItem(getTranslation("nav.start"), StartView.class, VaadinIcon.HOME.create()));
        general.addItem(new SideNavItem(getTranslation("nav.dashboard"), DashboardView.class,
                VaadinIcon.DASHBOARD.create()));
        if (CurrentUser.person().map(person -> person.actor().role() != Role.VIEWER).orElse(false)) {
            general.addItem(new SideNavItem(getTranslation("nav.tasks"), MyTasksView.class,
                    VaadinIcon.CHECK_SQUARE_O.create()));
            general.addItem(new SideNavItem(getTranslation("nav.entry"), EntryView.class, VaadinIcon.EDIT.create()));
        }
        general.addItem(new SideNavItem(getTranslation("catalogue.nav.actions"), ActionsView.class,
                VaadinIcon.TASKS.create()));
        general.addItem(new SideNavItem(getTranslation("catalogue.nav.youth"), YouthView.class,
                VaadinIcon.GROUP.create()));
        general.addItem(new SideNavItem(getTranslation("catalogue.nav.indicators"), IndicatorOverviewView.class,
                VaadinIcon.TABLE.create()));

        themeNav.setLabel(getTranslation("nav.themes"));
        themeNav.getElement().setAttribute("aria-label", getTranslation("nav.themes"));

        SideNav admin = new SideNav(getTranslation("nav.admin"));
        admin.getElement().setAttribute("aria-label", getTranslation("nav.admin"));
        admin.addItem(new SideNavItem(getTranslation("nav.admin.plugins"), PluginAdminView.class,
                VaadinIcon.PLUG.create()));
        admin.addItem(new SideNavItem(getTranslation("nav.denominators"), DenominatorsView.class,
                VaadinIcon.CALC.create()));
        SecurityNav.adminItems(admin);

        com.vaadin.flow.component.orderedlayout.VerticalLayout navigation =
                new com.vaadin.flow.component.orderedlayout.VerticalLayout(general, themeNav, admin);
        navigation.setPadding(true);
        // stretch the menus to the drawer's width, so long theme names wrap instead of running out of sight
        navigation.setAlignItems(FlexComponent.Alignment.STRETCH);
        Scroller scroller = new Scroller(navigation, Scroller.ScrollDirection.VERTICAL);
        addToDrawer(scroller);
        buildThemeMenu();
    }

    private void buildThemeMenu() {
        themeNav.removeAll();
        for (ThemePlugin plugin : themes.enabled()) {
            String id = plugin.descriptor().id();
            SideNavItem item = new SideNavItem(plugin.descriptor().name(), ThemeRoutes.themePath(id));
            plugin.catalogue().pages().forEach(page -> item.addItem(
                    new SideNavItem(page.title(), ThemeRoutes.pagePath(id, page))));
            themeNav.addItem(item);
        }
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        super.onAttach(attachEvent);
        UI ui = attachEvent.getUI();
        listener = registry -> ui.access(this::buildThemeMenu);
        themes.registry().addListener(listener);
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        themes.registry().removeListener(listener);
        super.onDetach(detachEvent);
    }
}
