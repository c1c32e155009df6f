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
import java.util.Optional;

/**
 * In front of everything ({@code /*}) but the {@link RequestGuard}:
 * <ul>
 * <li>the sign-in: the session's person, looked up afresh, becomes the request's principal and roles
 * ({@link SignedInRequest}); a disabled account's session loses its sign-in at once;</li>
 * <li>the sign-in endpoints: {@code POST /login} (local accounts) and {@code /oidc/login}, {@code /oidc/callback}
 * (OpenID Connect), see {@link LoginEndpoints};</li>
 * <li>an anonymous request for a page that is not open to anonymous users ({@link PageRules}, from the UI) is
 * redirected to {@code /login} (Vaadin's navigation access control decides again for every navigation inside the
 * app).</li>
 * </ul>
 */
public final class SecurityFilter implements Filter {

    private static final Log LOG = Log.of(SecurityFilter.class);

    private final Security security;
    private final LoginEndpoints endpoints;
    private final PageRules pages;

    public SecurityFilter(Security security, PageRules pages) {
        this.security = security;
        this.endpoints = new LoginEndpoints(security);
        this.pages = pages;
    }

    @Override
    public void doFilter(ServletRequest servletRequest, ServletResponse servletResponse, FilterChain chain)
            throws IOException, ServletException {
        HttpServletRequest request = (HttpServletRequest) servletRequest;
        HttpServletResponse response = (HttpServletResponse) servletResponse;
        String path = path(request);
        if (endpoints.handles(request.getMethod(), path)) {
            endpoints.handle(request, response, path);
            return;
        }
        Optional<Person> person = signedInPerson(request);
        if (person.isPresent()) {
            request.setAttribute(RequestGuard.ACTOR_NAME, person.get().username());
            chain.doFilter(new SignedInRequest(request, person.get(), "FORM"), response);
            return;
        }
        if (pages.closedToAnonymous(request, path)) {
            request.getSession(true).setAttribute(SignedInSession.RETURN_TO, path
                    + (request.getQueryString() == null ? "" : "?" + request.getQueryString()));
            response.sendRedirect(request.getContextPath() + "/login");
            return;
        }
        chain.doFilter(request, response);
    }

    private Optional<Person> signedInPerson(HttpServletRequest request) {
        Optional<SignedInSession.SignedIn> signedIn = SignedInSession.current(request);
        if (signedIn.isEmpty()) {
            return Optional.empty();
        }
        Optional<Person> person = security.people().active(signedIn.get().personId());
        if (person.isEmpty()) {
            LOG.warn("Session of {} ended: the account is disabled or gone", signedIn.get().username());
            security.audit().record(signedIn.get().username(), "session.end", "person:" + signedIn.get().username(),
                    Outcome.DENIED, "account uitgeschakeld tijdens de sessie");
            SignedInSession.forget(request);
        }
        return person;
    }

    /** The request's path within the application, without path parameters ({@code ;name=value}). */
    static String path(HttpServletRequest request) {
        String uri = request.getRequestURI().replaceAll(";[^/]*", "");
        String path = uri.substring(request.getContextPath().length());
        return path.isEmpty() ? "/" : path;
    }
}
