package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.Router;
import com.vaadin.flow.server.HandlerHelper;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.auth.AccessCheckDecision;
import com.vaadin.flow.server.auth.AnnotatedViewAccessChecker;
import com.vaadin.flow.server.auth.NavigationContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import jakarta.servlet.http.HttpServletRequest;
import nl.veiligheidsagenda.app.security.PageRules;

/**
 * The views' access annotations, asked before Vaadin runs: an anonymous GET of a view that is not
 * {@code @AnonymousAllowed} needs a sign-in (the security filter then sends the visitor to the login page).
 */
public final class AnonymousPages implements PageRules {

    @Override
    public boolean closedToAnonymous(HttpServletRequest request, String path) {
        if (!("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod()))
                || path.startsWith("/VAADIN/") || path.startsWith("/api/")
                || HandlerHelper.isFrameworkInternalRequest("/*", request)) {
            return false;
        }
        ApplicationRouteRegistry registry = ApplicationRouteRegistry.getInstance(
                new VaadinServletContext(request.getServletContext()));
        String route = path.substring(1);
        return RouteConfiguration.forRegistry(registry).getRoute(route)
                .map(view -> new AnnotatedViewAccessChecker().check(new NavigationContext(new Router(registry), view,
                        new Location(route), RouteParameters.empty(), null, role -> false, false)).decision()
                        != AccessCheckDecision.ALLOW)
                .orElse(false);
    }
}
