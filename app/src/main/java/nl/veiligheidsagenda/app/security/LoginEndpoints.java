package nl.veiligheidsagenda.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import nl.veiligheidsagenda.app.security.oidc.OidcClient;
import nl.veiligheidsagenda.app.logging.Log;

import java.io.IOException;
import java.net.URI;

/**
 * The sign-in endpoints, plain HTTP so that a sign-in always gets a fresh session id:
 * <ul>
 * <li>{@code POST /login} with {@code username} and {@code password} (the login view's form posts here);
 * success: a new session and a redirect to the page asked for (or {@code /account} when the password must be
 * changed); failure: a redirect to {@code /login?fout=<reason>};</li>
 * <li>{@code GET /oidc/login}: to the identity provider; {@code GET /oidc/callback}: back from it.</li>
 * </ul>
 */
final class LoginEndpoints {

    static final String LOGIN = "/login";
    static final String OIDC_LOGIN = "/oidc/login";
    static final String OIDC_CALLBACK = "/oidc/callback";

    private static final Log LOG = Log.of(LoginEndpoints.class);
    /** The longest user name kept for the login page (a user name has at most 120 characters). */
    private static final int MAX_USERNAME = 120;

    private final Security security;

    LoginEndpoints(Security security) {
        this.security = security;
    }

    boolean handles(String method, String path) {
        return ("POST".equals(method) && LOGIN.equals(path))
                || ("GET".equals(method) && (OIDC_LOGIN.equals(path) || OIDC_CALLBACK.equals(path)));
    }

    void handle(HttpServletRequest request, HttpServletResponse response, String path) throws IOException {
        response.setHeader("Cache-Control", "no-store");
        switch (path) {
            case LOGIN -> passwordLogin(request, response);
            case OIDC_LOGIN -> oidcLogin(request, response);
            default -> oidcCallback(request, response);
        }
    }

    private void passwordLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (!sameOrigin(request)) {
            security.audit().record(AuditLog.ANONYMOUS, "login", "person:" + PeopleService.normalise(
                    request.getParameter("username")), Outcome.FAILURE, "formulier van een andere herkomst: "
                    + request.getHeader("Origin"));
            redirect(request, response, "/login?fout=herkomst");
            return;
        }
        SignIn result = security.authenticator().password(request.getParameter("username"),
                request.getParameter("password"), Authenticator.Channel.WEB);
        if (result.succeeded()) {
            redirect(request, response, SignedInSession.start(request, result.person().get(), "password",
                    timeoutSeconds()));
        } else {
            // only a session the login page already started (a browser's); a bare POST creates none
            HttpSession session = request.getSession(false);
            String username = request.getParameter("username");
            if (session != null && username != null) {
                session.setAttribute(SignedInSession.FAILED_USERNAME, username.strip().length() > MAX_USERNAME
                        ? username.strip().substring(0, MAX_USERNAME) : username.strip());
            }
            redirect(request, response, "/login?fout=" + reason(result));
        }
    }

    private void oidcLogin(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (security.oidc().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        OidcClient client = security.oidc().get();
        try {
            URI callback = URI.create(client.settings().publicUrl().map(URI::toString)
                    .orElseGet(() -> baseUrl(request)).replaceAll("/$", "") + OIDC_CALLBACK);
            HttpSession session = request.getSession(true);
            OidcClient.AuthenticationStart start = client.start(callback,
                    (String) session.getAttribute(SignedInSession.RETURN_TO));
            session.setAttribute(SignedInSession.OIDC_PENDING, start.pending());
            response.sendRedirect(start.authorizationUri().toString());
        } catch (OidcClient.OidcException e) {
            LOG.warn("OpenID Connect sign-in could not start: {}", e.getMessage());
            security.authenticator().oidcFailed(e.getMessage());
            redirect(request, response, "/login?fout=oidc");
        }
    }

    private void oidcCallback(HttpServletRequest request, HttpServletResponse response) throws IOException {
        if (security.oidc().isEmpty()) {
            response.sendError(HttpServletResponse.SC_NOT_FOUND);
            return;
        }
        HttpSession session = request.getSession(false);
        OidcClient.Pending pending = session == null ? null
                : (OidcClient.Pending) session.getAttribute(SignedInSession.OIDC_PENDING);
        if (pending == null) {
            security.authenticator().oidcFailed("terugkeer zonder lopende aanmelding in deze sessie");
            redirect(request, response, "/login?fout=oidc");
            return;
        }
        session.removeAttribute(SignedInSession.OIDC_PENDING);
        SignIn result;
        try {
            OidcClient.Identity identity = security.oidc().get().finish(pending, request.getParameter("state"),
                    request.getParameter("code"), request.getParameter("error"));
            result = security.authenticator().oidc(security.oidc().get().settings(), identity);
        } catch (OidcClient.OidcException e) {
            LOG.warn("OpenID Connect sign-in failed: {}", e.getMessage());
            result = security.authenticator().oidcFailed(e.getMessage());
        }
        if (result.succeeded()) {
            session.setAttribute(SignedInSession.RETURN_TO, pending.returnTo());
            redirect(request, response, SignedInSession.start(request, result.person().get(), "oidc",
                    timeoutSeconds()));
        } else {
            redirect(request, response, "/login?fout=" + reason(result));
        }
    }

    /** The code the login view turns into a Dutch message. */
    static String reason(SignIn result) {
        return switch (result.failure()) {
            case THROTTLED -> "geblokkeerd&minuten=" + result.retryAfterMinutes();
            case DISABLED -> "uitgeschakeld";
            case NO_ROLE -> "geen-rol";
            case OIDC_FAILED -> "oidc";
            default -> "onjuist";
        };
    }

    /** A form post must come from this site: checked on the Origin header, or else the Referer. */
    static boolean sameOrigin(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        if (origin == null) {
            String referer = request.getHeader("Referer");
            return referer == null || referer.startsWith(origin(request) + "/");
        }
        return origin.equals(origin(request));
    }

    /** {@code scheme://host[:port]} of this request, as a browser's Origin header names it. */
    static String origin(HttpServletRequest request) {
        String scheme = request.getScheme();
        int port = request.getServerPort();
        boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
        return scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
    }

    static String baseUrl(HttpServletRequest request) {
        return origin(request) + request.getContextPath();
    }

    private int timeoutSeconds() {
        return (int) security.settings().sessionTimeout().toSeconds();
    }

    private static void redirect(HttpServletRequest request, HttpServletResponse response, String path)
            throws IOException {
        response.sendRedirect(request.getContextPath() + path);
    }
}
