package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.server.VaadinService;
import nl.veiligheidsagenda.app.ops.AppMetrics;

/** Counts open Vaadin sessions and attached UIs (browser tabs) for the metrics. */
final class VaadinMetrics {

    private VaadinMetrics() {
    }

    static void install(VaadinService service, AppMetrics metrics) {
        service.addSessionInitListener(event -> metrics.sessionStarted());
        service.addSessionDestroyListener(event -> metrics.sessionEnded());
        service.addUIInitListener(event -> {
            metrics.uiAttached();
            event.getUI().addDetachListener(detach -> metrics.uiDetached());
        });
    }
}
