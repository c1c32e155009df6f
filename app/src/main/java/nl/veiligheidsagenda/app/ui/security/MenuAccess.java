package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.server.auth.DefaultMenuAccessControl;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Lets Vaadin's menu ({@code MenuConfiguration}) filter the {@code @Menu} views by the UI's
 * {@code NavigationAccessControl} (see {@link AccessControlSetup}): the menu offers exactly the views the person
 * may open. Vaadin CDI finds this bean by {@code @VaadinServiceEnabled}; without it Vaadin cannot create one.
 */
@VaadinServiceEnabled
@ApplicationScoped
public class MenuAccess extends DefaultMenuAccessControl {
}
