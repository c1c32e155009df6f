package nl.veiligheidsagenda.app.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which requests ask for a page that needs a signed-in person. The UI knows its views and their access rules;
 * the security filter only asks, so it knows nothing of the UI framework.
 */
@FunctionalInterface
public interface PageRules {

    /** True for a page (not a framework-internal request or a static file) anonymous visitors may not see. */
    boolean closedToAnonymous(HttpServletRequest request, String path);
}
