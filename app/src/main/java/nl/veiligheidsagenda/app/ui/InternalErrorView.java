package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.logging.Log;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * A page failed on the server: 500, a Dutch message with a reference, no stack trace. The error goes to the log
 * (with its stack trace) and to the audit log under the same reference. Replaces Vaadin's own error page.
 */
@ParentLayout(MainLayout.class)
@PermitAll
public class InternalErrorView extends Div implements HasErrorParameter<Exception> {

    private static final Log LOG = Log.of(InternalErrorView.class);
    private static final SecureRandom RANDOM = new SecureRandom();

    private final transient Security security;

    @Inject
    public InternalErrorView(Security security) {
        this.security = security;
    }

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
        byte[] bytes = new byte[6];
        RANDOM.nextBytes(bytes);
        String reference = HexFormat.of().formatHex(bytes);
        String path = "/" + event.getLocation().getPath();
        String actor = CurrentUser.person().map(person -> person.username()).orElse(AuditLog.ANONYMOUS);
        LOG.error("Page {} failed for {}, reference {}", path, actor, reference, parameter.getCaughtException());
        security.audit().record(actor, "navigate", path, Outcome.FAILURE, "interne fout, referentie " + reference
                + ": " + parameter.getCaughtException().getClass().getName());
        removeAll();
        addClassName("va-page");
        add(new H1(getTranslation("error.title")), new Paragraph(getTranslation("error.text", reference)),
                new Anchor("", getTranslation("notfound.home")));
        return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
    }
}
