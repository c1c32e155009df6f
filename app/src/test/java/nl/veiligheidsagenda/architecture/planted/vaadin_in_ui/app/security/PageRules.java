package nl.veiligheidsagenda.architecture.planted.vaadin_in_ui.app.security;

/** Planted: what the security filter asks the UI, in plain Java. */
public interface PageRules {

    boolean closedToAnonymous(String path);
}
