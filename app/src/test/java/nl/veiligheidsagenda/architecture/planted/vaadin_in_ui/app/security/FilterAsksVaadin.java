package nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.security;

import com.vaadin.flow.server.HandlerHelper;

/** Planted violation: a security filter uses a Vaadin type itself. */
public final class FilterAsksVaadin {

    public boolean isVaadinRequest(String path) {
        return path.startsWith("/" + HandlerHelper.RequestType.UIDL.getIdentifier());
    }
}
