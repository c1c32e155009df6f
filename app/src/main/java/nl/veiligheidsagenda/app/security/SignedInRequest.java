package nl.veiligheidsagenda.app.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

import java.security.Principal;

/**
 * A request on behalf of a signed-in person: {@code getUserPrincipal()}, {@code getRemoteUser()} and
 * {@code isUserInRole(role)} answer for them, which is what Vaadin's {@code NavigationAccessControl} asks.
 * Role names are {@link Role}'s constant names ({@code ADMIN}, {@code THEME_OWNER}, {@code VIEWER}).
 */
final class SignedInRequest extends HttpServletRequestWrapper {

    private final PersonPrincipal principal;
    private final String authType;

    SignedInRequest(HttpServletRequest request, Person person, String authType) {
        super(request);
        this.principal = new PersonPrincipal(person);
        this.authType = authType;
    }

    @Override
    public Principal getUserPrincipal() {
        return principal;
    }

    @Override
    public String getRemoteUser() {
        return principal.getName();
    }

    @Override
    public boolean isUserInRole(String role) {
        return principal.person().role().name().equals(role);
    }

    @Override
    public String getAuthType() {
        return authType;
    }
}
