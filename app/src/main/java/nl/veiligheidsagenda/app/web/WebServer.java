package nl.veiligheidsagenda.app.web;

import nl.veiligheidsagenda.app.api.ApiServlet;
import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.SettingsLoader;
import nl.veiligheidsagenda.app.security.WebSecurity;
import nl.veiligheidsagenda.app.ui.VaadinBootstrap;
import nl.veiligheidsagenda.app.ui.security.AnonymousPages;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.binder.jetty.JettyConnectionMetrics;
import io.micrometer.core.instrument.binder.jetty.JettyServerThreadPoolMetrics;
import io.micrometer.jetty12.server.TimedHandler;
import nl.veiligheidsagenda.app.ops.HealthServlet;
import nl.veiligheidsagenda.app.ops.MetricsServlet;
import org.eclipse.jetty.ee11.servlet.DecoratingListener;
import org.eclipse.jetty.ee11.servlet.ServletContextHandler;
import org.eclipse.jetty.ee11.servlet.ServletHolder;
import org.eclipse.jetty.ee11.websocket.jakarta.server.config.JakartaWebSocketServletContainerInitializer;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.resource.Resource;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;
import org.eclipse.jetty.util.thread.VirtualThreadPool;
import org.jboss.weld.environment.servlet.EnhancedListener;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.BindException;
import java.net.URISyntaxException;
import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Embedded Jetty with Weld (CDI) and the Vaadin servlet, wired without class-path scanning: the initializers get
 * their classes explicitly, which keeps start-up fast and predictable.
 */
public final class WebServer implements AutoCloseable {

    /** How long a stop waits for requests in flight. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;
    private volatile boolean stopping;

    private WebServer(Server server, ServerConnector connector, ServletContextHandler context) {
        this.server = server;
        this.connector = connector;
        this.context = context;
    }

    public static WebServer start(AppContext app) {
        Server server = new Server(threads());
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(app.settings().port());
        connector.setIdleTimeout(30_000);
        // No cache of header fields per connection: Jetty's (1,024 entries, a 96 KB char[] trie) lives as long as
        // the browser keeps the connection, which made it the largest part of the memory per connected user
        // (bench/sessions.sh); parsing the few headers of a request without it costs next to nothing.
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setHeaderCacheSize(0);
        server.addConnector(connector);

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setBaseResource(staticResources(context));
        context.setAttribute(AppContext.ATTRIBUTE, app);

        // Weld decorates servlets and listeners through Jetty's decorating listener (CDI injection into them).
        context.setAttribute("org.eclipse.jetty.cdi", "CdiDecoratingListener");
        context.addEventListener(new DecoratingListener(context, "org.eclipse.jetty.cdi.decorator"));
        context.addServletContainerInitializer(new EnhancedListener());

        VaadinBootstrap.initializers().forEach((initializer, classes) ->
                context.addServletContainerInitializer(initializer, classes.toArray(Class<?>[]::new)));

        // WebSocket support for Vaadin's server push.
        JakartaWebSocketServletContainerInitializer.configure(context, null);

        context.addServlet(new ServletHolder("api", new ApiServlet(app.themes(), app.plan(), app.figures(),
                app.goals(), app.imports(), app.uploads(), app.security().audit(), app.reports())),
                "/api/*");
        ServletHolder vaadin = new ServletHolder("vaadin", VaadinBootstrap.servlet());
        WebServer[] self = new WebServer[1]; // the health check asks the server being built whether it is stopping
        context.addServlet(new ServletHolder("health", new HealthServlet(app.database(),
                () -> self[0] == null || self[0].stopping)), "/health/*");
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(app.metrics(), app.settings().ops())),
                "/metrics");
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        VaadinBootstrap.servletParameters().forEach(vaadin::setInitParameter);
        // sessions (cookie, timeout), security filters and proxy headers: all in one place
        WebSecurity.install(app.security(), connector, context, new AnonymousPages());
        context.addServlet(vaadin, "/*");

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);

        // Requests are timed for the metrics; on stop, the timing handler also lets requests in flight finish
        // (graceful shutdown, up to STOP_TIMEOUT) while the connector takes no new ones.
        TimedHandler timed = new TimedHandler(app.metrics().registry(), Tags.empty());
        timed.setHandler(context);
        server.setHandler(timed);
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(app.metrics().registry());
        JettyConnectionMetrics.addToAllConnectors(server, app.metrics().registry());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            if (hasCause(e, BindException.class)) {
                throw new SettingsException(SettingsLoader.PORT, "port " + app.settings().port()
                        + " is already in use; allowed: a free port from 1 to 65535 (0 picks a free port)");
            }
            throw new IllegalStateException("the web server did not start: " + e.getMessage(), e);
        }
        self[0] = new WebServer(server, connector, context);
        return self[0];
    }

    /**
     * Requests are handled on virtual threads, one new thread per request; Jetty's own platform threads only select
     * and accept. A request that waits (the database, a sign-in's turn at the password hasher) holds no platform
     * thread (200 users signing in at once wait for the hasher without taking every thread from the page
     * requests), and nothing a library keeps per thread (jsoup's buffers for the bootstrap page) outlives its
     * request.
     */
    private static QueuedThreadPool threads() {
        QueuedThreadPool threads = new QueuedThreadPool();
        threads.setName("jetty");
        VirtualThreadPool requests = new VirtualThreadPool();
        requests.setName("jetty-request");
        threads.setVirtualThreadsExecutor(requests);
        return threads;
    }

    /** Vaadin and its components serve files from every jar's META-INF/resources; Jetty needs them combined. */
    private static Resource staticResources(ServletContextHandler context) {
        ResourceFactory factory = ResourceFactory.of(context);
        List<Resource> resources = new ArrayList<>();
        try {
            for (URL url : Collections.list(WebServer.class.getClassLoader().getResources("META-INF/resources"))) {
                resources.add(factory.newResource(url.toURI()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return ResourceFactory.combine(resources);
    }

    private static boolean hasCause(Throwable error, Class<? extends Throwable> type) {
        for (Throwable cause = error; cause != null; cause = cause.getCause()) {
            if (type.isInstance(cause)) {
                return true;
            }
        }
        return false;
    }

    private static void stopQuietly(Server server) {
        try {
            server.stop();
        } catch (Exception ignored) {
            // the start already failed; its error is the one to report
        }
    }

    public int port() {
        return connector.getLocalPort();
    }

    public jakarta.servlet.ServletContext servletContext() {
        return context.getServletContext();
    }

    public void join() throws InterruptedException {
        server.join();
    }

    /** Stops taking requests, lets those in flight finish (up to {@link #STOP_TIMEOUT}), then stops. */
    @Override
    public void close() {
        stopping = true;
        try {
            server.stop();
        } catch (Exception e) {
            throw new IllegalStateException("the web server did not stop cleanly", e);
        }
    }
}
