package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

/** A signed-in person opened a page their role does not allow: 403, a Dutch message, an audit entry. */
@ParentLayout(MainLayout.class)
@PermitAll
public class AccessDeniedView extends Div implements HasErrorParameter<AccessDeniedException>, HasDynamicTitle {

    private final Security security;

    @Inject
    public AccessDeniedView(Security security) {
        this.security = security;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        String path = event.getLocation().getPath();
        CurrentUser.person().ifPresent(person -> security.audit().record(person.actor(), "navigate", "/" + path,
                Outcome.DENIED, "pagina niet toegestaan voor rol " + person.role().name()));
        removeAll();
        addClassName("va-page");
        add(new H1(getTranslation("security.denied.title")),
                new Paragraph(getTranslation("security.denied.text", "/" + path)),
                new Anchor("", getTranslation("security.denied.home")));
        return HttpServletResponse.SC_FORBIDDEN;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.denied.title") + " | " + getTranslation("app.title");
    }
}
