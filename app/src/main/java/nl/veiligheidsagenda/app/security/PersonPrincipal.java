package nl.veiligheidsagenda.app.security;

import java.io.Serializable;
import java.security.Principal;

/** The signed-in person as the servlet request and Vaadin see them ({@code getUserPrincipal()}). */
public record PersonPrincipal(Person person) implements Principal, Serializable {

    @Override
    public String getName() {
        return person.username();
    }
}
