package nl.veiligheidsagenda.app.ui.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Produces;
import jakarta.servlet.ServletContext;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.web.AppContext;

/** Makes the security services injectable into views (the application context carries them). */
@ApplicationScoped
public class SecurityProducers {

    private Security security;

    void onStart(@Observes @Initialized(ApplicationScoped.class) ServletContext servletContext) {
        AppContext app = (AppContext) servletContext.getAttribute(AppContext.ATTRIBUTE);
        security = app == null ? null : app.security();
    }

    @Produces
    Security security() {
        if (security == null) {
            throw new IllegalStateException("the security services were not published on the servlet context");
        }
        return security;
    }
}
