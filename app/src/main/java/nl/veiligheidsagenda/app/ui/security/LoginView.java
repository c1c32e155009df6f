package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.Security;

import java.util.List;
import java.util.Map;

/**
 * The only page open to anonymous visitors. The form posts to {@code /login} (handled by the security filter,
 * which starts a fresh session); {@code ?fout=…} brings back a Dutch message. With OpenID Connect configured, a
 * link leads to the organisation's identity provider.
 */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
public class LoginView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private static final int MAX_WAIT_MINUTES = 15;

    private final LoginForm form = new LoginForm();
    private final Paragraph info = new Paragraph();

    @Inject
    public LoginView(Security security) {
        addClassName("va-page");
        getStyle().set("max-width", "28rem").set("margin", "var(--lumo-space-xl) auto");
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("security.login.title"));
        i18n.getForm().setUsername(getTranslation("security.login.username"));
        i18n.getForm().setPassword(getTranslation("security.login.password"));
        i18n.getForm().setSubmit(getTranslation("security.login.submit"));
        i18n.getErrorMessage().setTitle(getTranslation("security.login.error.title"));
        i18n.getErrorMessage().setMessage(getTranslation("security.login.error.onjuist"));
        i18n.getErrorMessage().setUsername(getTranslation("security.login.username"));
        i18n.getErrorMessage().setPassword(getTranslation("security.login.password"));
        form.setI18n(i18n);
        form.setAction("login");
        form.setForgotPasswordButtonVisible(false);
        info.setVisible(false);
        info.addClassName("va-login-info");
        add(new H1(getTranslation("app.title")), new Paragraph(getTranslation("security.login.intro")), info, form);
        if (security.oidc().isPresent()) {
            Anchor oidc = new Anchor("oidc/login", getTranslation("security.login.oidc"));
            oidc.setRouterIgnore(true);
            oidc.setId("oidc-login");
            add(new Paragraph(oidc));
        }
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (CurrentUser.person().isPresent()) {
            event.forwardTo("");
            return;
        }
        Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
        String reason = parameters.getOrDefault("fout", List.of("")).getFirst();
        switch (reason) {
            case "" -> form.setError(false);
            case "uitgelogd", "verlopen" -> {
                info.setText(getTranslation("security.login.info." + reason));
                info.setVisible(true);
            }
            case "geblokkeerd" -> form.showErrorMessage(getTranslation("security.login.error.title"),
                    getTranslation("security.login.error.geblokkeerd",
                            minutes(parameters.getOrDefault("minuten", List.of("")).getFirst())));
            case "uitgeschakeld", "geen-rol", "oidc", "herkomst" -> form.showErrorMessage(
                    getTranslation("security.login.error.title"), getTranslation("security.login.error." + reason));
            default -> form.showErrorMessage(getTranslation("security.login.error.title"),
                    getTranslation("security.login.error.onjuist"));
        }
    }

    /**
     * The waiting time from the link, only ever shown as a number: anyone can send a person a crafted link to this
     * page, so no text from it reaches the page. Anything but 1 to 99 minutes shows the longest wait.
     */
    static int minutes(String parameter) {
        return parameter.matches("[1-9][0-9]?") ? Integer.parseInt(parameter) : MAX_WAIT_MINUTES;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.login.title") + " | " + getTranslation("app.title");
    }
}
