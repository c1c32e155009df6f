package nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.ui.security;

import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.security.PageRules;

/** Planted: the UI answers the filter's question with Vaadin, inside the UI packages. */
public final class VaadinAccessRules implements PageRules {

    private final AnnotatedViewAccessChecker checker = new AnnotatedViewAccessChecker();

    @Override
    public boolean closedToAnonymous(String path) {
        return checker != null && !path.equals("/login");
    }
}
