package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import nl.veiligheidsagenda.app.ops.AppMetrics;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.security.AccessControlSetup;
import nl.veiligheidsagenda.app.ui.security.BootstrapPageGuard;
import nl.veiligheidsagenda.app.ui.themes.ThemeRoutes;

import java.util.Locale;

/**
 * Runs when the Vaadin service starts: theme routes, Dutch as every UI's language, metrics of sessions and UIs,
 * access control, and the guard of the bootstrap page's inline data.
 */
@ApplicationScoped
public class VaadinSetup {

    public static final Locale DUTCH = Locale.of("nl", "NL");

    void onServiceInit(@Observes ServiceInitEvent event, ThemeService themes, Security security, AppMetrics metrics) {
        ThemeRoutes.install(event.getSource().getContext(), themes, MainLayout.class);
        event.getSource().addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(DUTCH));
        VaadinMetrics.install(event.getSource(), metrics);
        AccessControlSetup.install(event, security.audit());
        event.addIndexHtmlRequestListener(new BootstrapPageGuard());
    }
}
