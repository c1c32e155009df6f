package nl.veiligheidsagenda.architecture.planted.cdi_in_ui_and_web.app.ui;

import jakarta.inject.Inject;

/** Keeps the rule: the UI may use CDI. */
public class InjectedView {

    @Inject
    public InjectedView(Object service) {
    }
}
