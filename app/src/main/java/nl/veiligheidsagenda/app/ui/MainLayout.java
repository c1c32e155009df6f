package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.ServerHtml;
import nl.veiligheidsagenda.app.ui.components.SideNavHtml;
import nl.veiligheidsagenda.app.ui.security.SecurityNav;
import nl.veiligheidsagenda.app.ui.themes.ThemeMenu;
import org.jsoup.nodes.Element;

/**
 * The shell around every view ({@code @Layout}: views need not name it): a banner with a skip link, the menu
 * toggle, the title and the account menu; the side menu; the view inside the page's one {@code main} landmark,
 * followed by a footer with a link back to the top. The general and admin entries are the views annotated with
 * {@code @Menu} that the signed-in person may open: Vaadin's {@link MenuConfiguration} asks the same navigation
 * access control that guards the routes, so the menu can never offer a page the person would be refused. Admin
 * pages live under {@code /beheer}. The theme entries come from the enabled themes ({@link ThemeMenu}).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The path prefix of the admin pages, which form the menu's "Beheer" section. */
    static final String ADMIN_PATH = "beheer/";
    /** The id of the main landmark, where the skip link leads. */
    public static final String MAIN_ID = "inhoud";

    private final Main main = new Main();
    private final Div page;

    @Inject
    public MainLayout(ThemeService themes, Security security) {
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("nav.toggle"));
        Span title = new Span(getTranslation("app.title"));
        title.addClassName("va-app-title");
        Header banner = new Header(skipLink(), toggle, title, SecurityNav.userMenu(security));
        banner.addClassName("va-banner");
        addToNavbar(banner);

        Element generalEntries = SideNavHtml.entries();
        Element adminEntries = SideNavHtml.entries();
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavHtml.entry(isAdminPage(entry) ? adminEntries : generalEntries, getTranslation(entry.title()),
                    entry.path(), entry.icon());
        }
        VerticalLayout navigation = new VerticalLayout(menu(null, "nav.general", generalEntries),
                new ThemeMenu(themes));
        if (adminEntries.childrenSize() > 0) {
            navigation.add(menu(getTranslation("nav.admin"), "nav.admin", adminEntries));
        }
        navigation.setPadding(true);
        // stretch the menus to the drawer's width, so long theme names wrap instead of running out of sight
        navigation.setAlignItems(FlexComponent.Alignment.STRETCH);
        // the drawer scrolls itself: no scroller of our own, which would be one more (invisible) Tab stop
        addToDrawer(navigation);

        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        page = new Div(main, footer());
        page.addClassName("va-content");
    }

    /** The view goes into the main landmark; the footer stays below it. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.getElement().removeAllChildren();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        super.showRouterLayoutContent(page);
    }

    static boolean isAdminPage(MenuEntry entry) {
        return entry.path().replaceFirst("^/", "").startsWith(ADMIN_PATH);
    }

    /** A side menu of {@code @Menu} entries: their titles are translation keys, their icons Vaadin icon names. */
    private SideNav menu(String label, String nameKey, Element entries) {
        SideNav menu = label == null ? new SideNav() : new SideNav(label);
        menu.getElement().setAttribute("aria-label", getTranslation(nameKey));
        ServerHtml.show(menu, entries);
        return menu;
    }

    /**
     * "Naar de inhoud": the first Tab stop of every page, visible when focused; it moves the focus to the main
     * landmark.
     */
    private Anchor skipLink() {
        Anchor skip = linkToMain("nav.skip");
        skip.setId("skip-link");
        skip.addClassName("va-skip-link");
        return skip;
    }

    /** Below every page: back to the top, where the focus lands on the main landmark again. */
    private Footer footer() {
        Anchor top = linkToMain("nav.to-top");
        top.setId("to-top");
        Footer footer = new Footer(top);
        footer.addClassName("va-footer");
        return footer;
    }

    /**
     * A link that scrolls to the main landmark and focuses it, in the browser alone (the page's base address
     * would turn a plain {@code #inhoud} link into a link to the start page).
     */
    private Anchor linkToMain(String textKey) {
        Anchor link = new Anchor("#" + MAIN_ID, getTranslation(textKey));
        link.setRouterIgnore(true);
        link.getElement().executeJs("""
                this.addEventListener('click', event => {
                    event.preventDefault();
                    const main = document.getElementById($0);
                    main.focus({preventScroll: true});
                    main.scrollIntoView();
                });""", MAIN_ID);
        return link;
    }
}
