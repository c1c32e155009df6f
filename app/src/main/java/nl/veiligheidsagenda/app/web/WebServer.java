package nl.veiligheidsagenda.app.web;

import nl.veiligheidsagenda.app.api.ApiServlet;
import nl.veiligheidsagenda.app.config.Settings;
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
import nl.veiligheidsagenda.app.ops.AppMetrics;
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
import java.util.function.Supplier;

/**
 * Embedded Jetty with Weld (CDI) and the Vaadin servlet, wired without class-path scanning: the initializers get
 * their classes explicitly, which keeps start-up fast and predictable.
 */
public final class WebServer implements AutoCloseable {

    /** How long a stop waits for requests in flight. */
    static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    static {
        // Jetty sizes the padding of its concurrent structures by the size of a reference; without this setting it
        // asks the JVM through JMX, which starts the platform MBean server with every platform MXBean (JFR's too):
        // most of a second of the start-up for one number. References are 4 bytes under 32 GB of heap (compressed).
        setIfAbsent("org.eclipse.jetty.util.referencesPerCacheLine",
                Integer.toString(64 / (Runtime.getRuntime().maxMemory() < 32L << 30 ? 4 : 8)));
        // Weld checks each beans.xml against the CDI schema (a validating XML parser and the XSDs loaded at every
        // start); ours and vaadin-cdi's are fixed files in the jars, and the parse itself still rejects a bad one.
        setIfAbsent("org.jboss.weld.xml.disableValidating", "true");
    }

    private final Server server;
    private final ServerConnector connector;
    private final ServletContextHandler context;
    private volatile boolean stopping;

    private WebServer(Server server, ServerConnector connector, ServletContextHandler context) {
        this.server = server;
        this.connector = connector;
        this.context = context;
    }

    /**
     * Builds and starts the server. Its port is bound first (a port in use fails the start at once), then
     * {@code bound} runs. The application's services may still be starting: {@code services} is asked for them (and
     * may wait) once, while the web context starts, after Weld's bean discovery and before any filter, servlet or
     * view is initialised and before a connection is accepted; its exception fails the start.
     */
    public static WebServer start(Settings settings, AppMetrics metrics, Runnable bound,
                                  Supplier<AppContext> services) {
        Server server = new Server(threads());
        ServerConnector connector = new ServerConnector(server);
        connector.setPort(settings.port());
        connector.setIdleTimeout(30_000);
        // No cache of header fields per connection: Jetty's (1,024 entries, a 96 KB char[] trie) lives as long as
        // the browser keeps the connection, which made it the largest part of the memory per connected user
        // (bench/sessions.sh); parsing the few headers of a request without it costs next to nothing.
        connector.getConnectionFactory(HttpConnectionFactory.class).getHttpConfiguration().setHeaderCacheSize(0);
        server.addConnector(connector);
        try {
            connector.open(); // Jetty's start opens it too, and keeps an open one
        } catch (IOException e) {
            stopQuietly(server);
            throw startFailure(settings, e);
        }
        bound.run();

        ServletContextHandler context = new ServletContextHandler(ServletContextHandler.SESSIONS);
        context.setContextPath("/");
        context.setClassLoader(WebServer.class.getClassLoader());
        context.setBaseResource(staticResources(context));

        // Weld decorates servlets and listeners through Jetty's decorating listener (CDI injection into them).
        context.setAttribute("org.eclipse.jetty.cdi", "CdiDecoratingListener");
        context.addEventListener(new DecoratingListener(context, "org.eclipse.jetty.cdi.decorator"));
        context.addServletContainerInitializer(new EnhancedListener());

        VaadinBootstrap.initializers().forEach((initializer, classes) ->
                context.addServletContainerInitializer(initializer, classes.toArray(Class<?>[]::new)));

        // WebSocket support for Vaadin's server push.
        JakartaWebSocketServletContainerInitializer.configure(context, null);

        // sessions (cookie, timeout) and proxy headers; the security filters come with the services below
        WebSecurity.configure(settings.security(), connector, context);
        WebServer[] self = new WebServer[1]; // the health check asks the server being built whether it is stopping
        // The last initializer: everything above (Weld's bootstrap the largest part) has run while the services
        // started on their own thread; what follows needs them.
        context.addServletContainerInitializer((classes, servletContext) -> {
            AppContext app = services.get();
            context.setAttribute(AppContext.ATTRIBUTE, app);
            WebSecurity.addFilters(app.security(), context, new AnonymousPages());
            context.addServlet(new ServletHolder("api", new ApiServlet(app.themes(), app.plan(), app.figures(),
                    app.goals(), app.imports(), app.uploads(), app.security().audit(), app.reports())),
                    "/api/*");
            context.addServlet(new ServletHolder("health", new HealthServlet(app.database(),
                    () -> self[0] == null || self[0].stopping)), "/health/*");
        });
        context.addServlet(new ServletHolder("metrics", new MetricsServlet(metrics, settings.ops())), "/metrics");
        ServletHolder vaadin = new ServletHolder("vaadin", VaadinBootstrap.servlet());
        vaadin.setAsyncSupported(true);
        vaadin.setInitOrder(1);
        VaadinBootstrap.servletParameters().forEach(vaadin::setInitParameter);
        context.addServlet(vaadin, "/*");

        ErrorHandler errors = new ErrorHandler();
        errors.setShowStacks(false);
        errors.setShowMessageInTitle(false);
        server.setErrorHandler(errors);

        // Requests are timed for the metrics; on stop, the timing handler also lets requests in flight finish
        // (graceful shutdown, up to STOP_TIMEOUT) while the connector takes no new ones.
        TimedHandler timed = new TimedHandler(metrics.registry(), Tags.empty());
        timed.setHandler(context);
        server.setHandler(timed);
        server.setStopTimeout(STOP_TIMEOUT.toMillis());
        new JettyServerThreadPoolMetrics(server.getThreadPool(), Tags.empty()).bindTo(metrics.registry());
        JettyConnectionMetrics.addToAllConnectors(server, metrics.registry());
        try {
            server.start();
        } catch (Exception e) {
            stopQuietly(server);
            throw startFailure(settings, e);
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

    private static RuntimeException startFailure(Settings settings, Exception e) {
        if (hasCause(e, BindException.class)) {
            return new SettingsException(SettingsLoader.PORT, "port " + settings.port()
                    + " is already in use; allowed: a free port from 1 to 65535 (0 picks a free port)");
        }
        return new IllegalStateException("the web server did not start: " + e.getMessage(), e);
    }

    private static void setIfAbsent(String property, String value) {
        if (System.getProperty(property) == null) {
            System.setProperty(property, value);
        }
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
