package nl.veiligheidsagenda.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;

import java.io.Serializable;
import java.time.Instant;
import java.util.Optional;

/**
 * The sign-in kept in the HTTP session: only the person's id (the person is looked up on every request, so a
 * disabled account or a changed role takes effect at once). Signing in always starts a new session, so a session
 * id known before the sign-in is worthless after it.
 */
public final class SignedInSession {

    static final String SIGNED_IN = "veiligheidsagenda.signedIn";
    static final String RETURN_TO = "veiligheidsagenda.returnTo";
    static final String OIDC_PENDING = "veiligheidsagenda.oidcPending";
    /**
     * The user name of the last failed sign-in of this (anonymous) session, so the login page can show it again:
     * only the password is typed anew. Kept in the session, never in the address, and read once.
     */
    public static final String FAILED_USERNAME = "veiligheidsagenda.failedUsername";
    /**
     * Where Vaadin's navigation access control keeps the page an anonymous visitor asked for
     * ({@code NavigationAccessControl.SESSION_STORED_REDIRECT}; named here so security needs no Vaadin type, and a
     * test keeps the two equal).
     */
    static final String VAADIN_RETURN_TO = "com.vaadin.flow.server.auth.NavigationAccessControl.redirect";

    /** What the session remembers of a sign-in. */
    record SignedIn(long personId, String username, String method, Instant at) implements Serializable {
    }

    private SignedInSession() {
    }

    /** Starts a new session for the person and returns where to go next (a local path). */
    static String start(HttpServletRequest request, Person person, String method, int timeoutSeconds) {
        HttpSession old = request.getSession(false);
        String returnTo = null;
        if (old != null) {
            returnTo = (String) old.getAttribute(RETURN_TO);
            if (returnTo == null) {
                returnTo = (String) old.getAttribute(VAADIN_RETURN_TO);
            }
            old.invalidate();
        }
        HttpSession session = request.getSession(true);
        session.setMaxInactiveInterval(timeoutSeconds);
        session.setAttribute(SIGNED_IN, new SignedIn(person.id(), person.username(), method, Instant.now()));
        return person.mustChangePassword() ? "/account" : safeLocalPath(returnTo);
    }

    static Optional<SignedIn> current(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session == null) {
            return Optional.empty();
        }
        try {
            return Optional.ofNullable((SignedIn) session.getAttribute(SIGNED_IN));
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }

    static void forget(HttpServletRequest request) {
        HttpSession session = request.getSession(false);
        if (session != null) {
            session.removeAttribute(SIGNED_IN);
        }
    }

    /** Only a path on this server: never an absolute or protocol-relative URL (no open redirect). */
    static String safeLocalPath(String target) {
        if (target == null || target.isBlank() || target.contains("://") || target.contains("\\")
                || target.startsWith("//") || target.chars().anyMatch(Character::isISOControl)) {
            return "/";
        }
        String path = target.startsWith("/") ? target : "/" + target;
        return path.startsWith("//") || path.startsWith("/login") ? "/" : path;
    }
}
