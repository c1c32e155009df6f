package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinSession;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.PersonPrincipal;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.security.Security;

import java.util.Optional;

/**
 * The signed-in person of the request being handled, as the security filter put it on the request (looked up
 * afresh for every request, so a changed role shows at once). Views pass {@link #actor()} to the services.
 */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static Optional<Person> person() {
        VaadinRequest request = VaadinRequest.getCurrent();
        if (request != null && request.getUserPrincipal() instanceof PersonPrincipal principal) {
            return Optional.of(principal.person());
        }
        return Optional.empty();
    }

    /** The actor for service calls; throws when nobody is signed in (the views are closed to anonymous users). */
    public static Actor actor() {
        return person().map(Person::actor).orElseThrow(() -> new AccessDeniedException("nobody is signed in"));
    }

    public static boolean isAdmin() {
        return person().map(person -> person.role() == Role.ADMIN).orElse(false);
    }

    /** Signs out: audited, the whole session ends, the browser goes to the login page. */
    public static void logout(Security security) {
        person().ifPresent(person -> security.audit().record(person.actor(), "logout", "person:" + person.username(),
                Outcome.SUCCESS, ""));
        UI.getCurrent().getPage().setLocation("login?fout=uitgelogd");
        VaadinSession.getCurrent().getSession().invalidate();
    }
}
