package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.di.LookupInitializer;
import com.vaadin.flow.server.startup.ErrorNavigationTargetInitializer;
import com.vaadin.flow.server.startup.LookupServletContainerInitializer;
import com.vaadin.flow.server.startup.RouteRegistryInitializer;
import com.vaadin.flow.server.startup.VaadinAppShellInitializer;
import jakarta.servlet.Servlet;
import jakarta.servlet.ServletContainerInitializer;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * What the web server needs to run Vaadin, in servlet terms only (the web server knows no Vaadin type): the
 * initializers with the classes each would have found by class-path scanning, which keeps start-up fast and
 * predictable, and the servlet with its parameters.
 */
public final class VaadinBootstrap {

    private VaadinBootstrap() {
    }

    /** Each initializer with the classes it handles, in the order they must run. */
    public static Map<ServletContainerInitializer, Set<Class<?>>> initializers() {
        Map<ServletContainerInitializer, Set<Class<?>>> initializers = new LinkedHashMap<>();
        initializers.put(new LookupServletContainerInitializer(), Set.of(LookupInitializer.class));
        initializers.put(new RouteRegistryInitializer(), Set.copyOf(Routes.STATIC_ROUTES));
        initializers.put(new VaadinAppShellInitializer(), Set.of(AppShell.class));
        initializers.put(new ErrorNavigationTargetInitializer(), Set.copyOf(Routes.ERROR_VIEWS));
        return initializers;
    }

    /** Vaadin's CDI servlet that also audits refused CSRF tokens. */
    public static Class<? extends Servlet> servlet() {
        return nl.veiligheidsagenda.app.ui.security.AuditedVaadinServlet.class;
    }

    /**
     * {@code eagerServerLoad}: the first page load renders the view on the server, so a page the person may not
     * see answers 403 and an unknown one 404 right away.
     */
    public static Map<String, String> servletParameters() {
        return Map.of("eagerServerLoad", "true");
    }
}
