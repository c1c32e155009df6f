package nl.veiligheidsagenda.app.security;

import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import nl.veiligheidsagenda.app.logging.Log;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Set;

/**
 * Authentication for the JSON API ({@code /api/*}, behind {@link SecurityFilter}): a signed-in session, an API
 * token ({@code Authorization: Bearer va_…}) or HTTP Basic with a local account's name and password. The
 * authenticated {@link Actor} goes into the request attribute {@code Actor.class.getName()}. Anonymous requests
 * get 401; reads are open to every role, writes ({@code PUT}, {@code POST}, {@code PATCH}, {@code DELETE}) to theme
 * owners and admins only (the services then check the theme of what is changed). Every refusal is a JSON body
 * {@code {"error": …, "message": <Dutch>}} and a log line.
 */
public final class ApiAuthFilter implements Filter {

    public static final String ACTOR_ATTRIBUTE = Actor.class.getName();

    private static final Log LOG = Log.of(ApiAuthFilter.class);
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    private final Security security;

    public ApiAuthFilter(Security security) {
        this.security = security;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String authorization = request.getHeader("Authorization");
        SignIn result;
        String via;
        if (authorization == null && request.getUserPrincipal() instanceof PersonPrincipal principal) {
            if (!READS.contains(request.getMethod()) && !sameOriginOrNone(request)) {
                security.audit().record(principal.person().actor(), "api." + request.getMethod()
                        .toLowerCase(java.util.Locale.ROOT), request.getRequestURI(), Outcome.DENIED,
                        "schrijfverzoek van een andere herkomst: " + request.getHeader("Origin"));
                refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Dit verzoek komt van een"
                        + " andere website en is geweigerd.", "session write from origin " + request.getHeader("Origin"));
                return;
            }
            result = SignIn.success(principal.person());
            via = "SESSION";
            if (principal.person().mustChangePassword()) {
                result = SignIn.failure(SignIn.Failure.PASSWORD_CHANGE_REQUIRED);
            }
        } else if (authorization == null || authorization.isBlank()) {
            security.audit().record(AuditLog.ANONYMOUS, "api.login", request.getMethod() + " "
                    + request.getRequestURI(), Outcome.FAILURE, "geen aanmeldgegevens");
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "U bent niet aangemeld."
                    + " Gebruik een API-token (Authorization: Bearer <token>), of gebruikersnaam en wachtwoord"
                    + " (HTTP Basic).", "no credentials");
            return;
        } else if (authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            result = security.authenticator().token(authorization.substring(7).strip());
            via = "BEARER";
        } else if (authorization.regionMatches(true, 0, "Basic ", 0, 6)) {
            String[] credentials = basic(authorization.substring(6).strip());
            if (credentials == null) {
                security.audit().record(AuditLog.ANONYMOUS, "api.login", "basic", Outcome.FAILURE,
                        "Basic-gegevens hebben geen geldige vorm");
                refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "De Basic-gegevens"
                        + " hebben geen geldige vorm (base64 van gebruikersnaam:wachtwoord).", "malformed Basic");
                return;
            }
            result = security.authenticator().password(credentials[0], credentials[1], Authenticator.Channel.API);
            via = "BASIC";
        } else {
            security.audit().record(AuditLog.ANONYMOUS, "api.login", "authorization", Outcome.FAILURE,
                    "niet-ondersteunde aanmeldmethode");
            refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized", "Deze aanmeldmethode"
                    + " wordt niet ondersteund; gebruik Bearer (API-token) of Basic.", "unsupported scheme");
            return;
        }
        if (!result.succeeded()) {
            refuse(request, response, result);
            return;
        }
        Person person = result.person().get();
        if (!READS.contains(request.getMethod()) && person.role() == Role.VIEWER) {
            security.audit().record(person.actor(), "api." + request.getMethod().toLowerCase(java.util.Locale.ROOT),
                    request.getRequestURI(), Outcome.DENIED, "lezers wijzigen niets");
            refuse(request, response, HttpServletResponse.SC_FORBIDDEN, "forbidden", "Uw rol (lezer) mag niets"
                    + " wijzigen.", person.username() + " is a viewer");
            return;
        }
        request.setAttribute(ACTOR_ATTRIBUTE, person.actor());
        request.setAttribute(RequestGuard.ACTOR_NAME, person.username());
        chain.doFilter(new SignedInRequest(request, person, via), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response, SignIn result) throws IOException {
        switch (result.failure()) {
            case THROTTLED -> {
                response.setHeader("Retry-After", String.valueOf(result.retryAfter().toSeconds()));
                refuse(request, response, 429, "too-many-attempts", "Te veel mislukte aanmeldpogingen. Probeer het"
                        + " over " + result.retryAfterMinutes() + " minuten opnieuw.", "throttled");
            }
            case PASSWORD_CHANGE_REQUIRED -> refuse(request, response, HttpServletResponse.SC_FORBIDDEN,
                    "password-change-required", "Wijzig eerst uw wachtwoord in de applicatie (Mijn account).",
                    "password change required");
            case DISABLED -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Dit account is uitgeschakeld. Neem contact op met een beheerder.", "account disabled");
            case TOKEN_MALFORMED -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Het API-token heeft geen geldige vorm (va_ gevolgd door 43 tekens).", "malformed token");
            case TOKEN_INVALID -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Het API-token is onbekend of ingetrokken.", "unknown or revoked token");
            default -> refuse(request, response, HttpServletResponse.SC_UNAUTHORIZED, "unauthorized",
                    "Onjuiste gebruikersnaam of wachtwoord.", "bad credentials");
        }
    }

    private static void refuse(HttpServletRequest request, HttpServletResponse response, int status, String error,
                               String message, String logReason) throws IOException {
        LOG.warn("API {} {} refused with {} from {}: {}", request.getMethod(), request.getRequestURI(), status,
                RequestOrigin.current(), logReason);
        if (status == HttpServletResponse.SC_UNAUTHORIZED) {
            response.setHeader("WWW-Authenticate", "Bearer realm=\"veiligheidsagenda\"");
        }
        ErrorResponses.write(response, status, true, error, message);
    }

    private static boolean sameOriginOrNone(HttpServletRequest request) {
        String origin = request.getHeader("Origin");
        return origin == null || origin.equals(LoginEndpoints.origin(request));
    }

    /** {@code [name, password]}, or null when the value is not base64 of {@code name:password}. */
    static String[] basic(String encoded) {
        try {
            String decoded = new String(Base64.getDecoder().decode(encoded), StandardCharsets.UTF_8);
            int colon = decoded.indexOf(':');
            return colon <= 0 ? null : new String[] {decoded.substring(0, colon), decoded.substring(colon + 1)};
        } catch (IllegalArgumentException e) {
            return null;
        }
    }
}
