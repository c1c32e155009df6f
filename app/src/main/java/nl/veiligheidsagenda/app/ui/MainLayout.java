package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.Scroller;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.security.SecurityNav;
import nl.veiligheidsagenda.app.ui.themes.ThemeMenu;

/**
 * The shell around every view ({@code @Layout}: views need not name it): a title bar with the account menu and a
 * side menu. The general and admin entries are the views annotated with {@code @Menu} that the signed-in person
 * may open: Vaadin's {@link MenuConfiguration} asks the same navigation access control that guards the routes, so
 * the menu can never offer a page the person would be refused. Admin pages live under {@code /beheer}. The theme
 * entries come from the enabled themes ({@link ThemeMenu}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The path prefix of the admin pages, which form the menu's "Beheer" section. */
    static final String ADMIN_PATH = "beheer/";

    @Inject
    public MainLayout(ThemeService themes, Security security) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("va-app-title");
        addToNavbar(toggle, title, SecurityNav.userMenu(security));

        SideNav general = new SideNav();
        general.getElement().setAttribute("aria-label", getTranslation("nav.general"));
        SideNav admin = new SideNav(getTranslation("nav.admin"));
        admin.getElement().setAttribute("aria-label", getTranslation("nav.admin"));
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            (isAdminPage(entry) ? admin : general).addItem(item(entry));
        }
        VerticalLayout navigation = new VerticalLayout(general, new ThemeMenu(themes));
        if (!admin.getItems().isEmpty()) {
            navigation.add(admin);
        }
        navigation.setPadding(true);
        // stretch the menus to the drawer's width, so long theme names wrap instead of running out of sight
        navigation.setAlignItems(FlexComponent.Alignment.STRETCH);
        addToDrawer(new Scroller(navigation, Scroller.ScrollDirection.VERTICAL));
    }

    static boolean isAdminPage(MenuEntry entry) {
        return entry.path().replaceFirst("^/", "").startsWith(ADMIN_PATH);
    }

    /** A menu entry: its {@code @Menu} title is a translation key, its icon a Vaadin icon name. */
    private SideNavItem item(MenuEntry entry) {
        SideNavItem item = new SideNavItem(getTranslation(entry.title()), entry.path());
        if (entry.icon() != null && !entry.icon().isBlank()) {
            String[] icon = entry.icon().split(":", 2);
            item.setPrefixComponent(new Icon(icon[0], icon[1]));
        }
        return item;
    }
}
