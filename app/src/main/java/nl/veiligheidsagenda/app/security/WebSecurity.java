package nl.veiligheidsagenda.app.security;

import jakarta.servlet.DispatcherType;
import nl.veiligheidsagenda.app.config.SecuritySettings;
import jakarta.servlet.SessionTrackingMode;
import org.eclipse.jetty.ee11.servlet.FilterHolder;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.server.ForwardedRequestCustomizer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.ServerConnector;

import java.util.EnumSet;

/**
 * Installs the security of the web server: filters ({@link RequestGuard}, {@link SecurityFilter},
 * {@link ApiAuthFilter}), session cookie and timeout (cookies only), proxy headers, no server version.
 */
public final class WebSecurity {

    private WebSecurity() {
    }

    /** Session cookie and timeout, proxy headers, no server version: call before the server starts. */
    public static void configure(SecuritySettings settings, ServerConnector connector,
                                 ServletContextHandler context) {
        var http = connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration();
        // No "Server: Jetty(version)" header: the version only helps an attacker pick an exploit.
        http.setSendServerVersion(false);
        http.setSendXPoweredBy(false);
        if (settings.trustProxy()) {
            // Client address and https from the reverse proxy's X-Forwarded-* headers: Secure cookies, HSTS and
            // the audit log's origin then reflect the real client.
            http.addCustomizer(new ForwardedRequestCustomizer());
        }
        var sessions = context.getSessionHandler();
        // The session id travels in the cookie only: never in a URL (;jsessionid=), where it leaks through logs,
        // history and the Referer header and can be planted by someone else (session fixation).
        sessions.setSessionTrackingModes(EnumSet.of(SessionTrackingMode.COOKIE));
        sessions.setUsingUriParameters(false);
        sessions.setMaxInactiveInterval((int) settings.sessionTimeout().toSeconds());
        sessions.setHttpOnly(true);
        sessions.setSecureRequestOnly(true);
        sessions.setSameSite(org.eclipse.jetty.http.HttpCookie.SameSite.LAX);
    }

    /**
     * The security filters, in the order they run: call before the context's filters are initialised (at the latest
     * from a servlet container initializer).
     *
     * @param pages which pages need a signed-in person (the UI's access rules)
     */
    public static void addFilters(Security security, ServletContextHandler context, PageRules pages) {
        context.addFilter(new FilterHolder(new RequestGuard(security.audit(), BodyLimits.standard())), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        context.addFilter(new FilterHolder(new SecurityFilter(security, pages)), "/*",
                EnumSet.of(DispatcherType.REQUEST, DispatcherType.ASYNC));
        context.addFilter(new FilterHolder(new ApiAuthFilter(security)), "/api/*", EnumSet.of(DispatcherType.REQUEST));
    }
}
