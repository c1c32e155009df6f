package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.RouterLink;
import nl.veiligheidsagenda.app.security.Security;

/** The account menu in the title bar: who is signed in, "Mijn account" and "Afmelden". */
public final class SecurityNav {

    private SecurityNav() {
    }

    /** Name, "Mijn account" and "Afmelden"; empty when nobody is signed in. */
    public static Component userMenu(Security security) {
        HorizontalLayout menu = new HorizontalLayout();
        menu.addClassName("va-user-menu");
        menu.setAlignItems(FlexComponent.Alignment.CENTER);
        menu.getStyle().set("margin-inline-start", "auto").set("padding-inline-end", "var(--lumo-space-m)");
        CurrentUser.person().ifPresent(person -> {
            menu.getElement().setAttribute("aria-label", menu.getTranslation("security.menu.label",
                    person.displayName()));
            Span name = new Span(person.displayName());
            name.setId("signed-in-as");
            RouterLink account = new RouterLink(menu.getTranslation("security.menu.account"), AccountView.class);
            account.setId("my-account");
            Button logout = new Button(menu.getTranslation("security.menu.logout"), VaadinIcon.SIGN_OUT.create(),
                    click -> CurrentUser.logout(security));
            logout.setId("logout");
            logout.addThemeVariants(ButtonVariant.TERTIARY);
            menu.add(name, account, logout);
        });
        return menu;
    }
}
