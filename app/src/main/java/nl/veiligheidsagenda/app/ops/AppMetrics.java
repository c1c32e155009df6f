package nl.veiligheidsagenda.app.ops;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.FileDescriptorMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import nl.veiligheidsagenda.app.security.Outcome;

import java.util.concurrent.atomic.AtomicInteger;

/**
 * The application's metrics, scraped by Prometheus at {@code /metrics}: the JVM, Jetty's requests and threads and
 * HikariCP's pool (bound where those are built), Vaadin's sessions and UIs, and what the application does:
 * figures saved, sign-in failures, imports. One per application, made at start-up (not a CDI bean of its own: Weld
 * does not scan this package; the views get it from {@code AppProducers}).
 */
public final class AppMetrics {

    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Counter figuresSaved;
    private final AtomicInteger vaadinSessions = new AtomicInteger();
    private final AtomicInteger vaadinUis = new AtomicInteger();

    public AppMetrics() {
        new ClassLoaderMetrics().bindTo(registry);
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        new FileDescriptorMetrics().bindTo(registry);
        figuresSaved = Counter.builder("veiligheidsagenda.figures.saved")
                .description("Figures (values of an indicator's series) stored").register(registry);
        Gauge.builder("veiligheidsagenda.vaadin.sessions", vaadinSessions, AtomicInteger::get)
                .description("Open Vaadin sessions").register(registry);
        Gauge.builder("veiligheidsagenda.vaadin.uis", vaadinUis, AtomicInteger::get)
                .description("Vaadin UIs (browser tabs) attached").register(registry);
        for (String outcome : new String[] {"success", "failure"}) {
            Counter.builder("veiligheidsagenda.imports").tag("outcome", outcome)
                    .description("Finished imports of figures").register(registry);
        }
        Counter.builder("veiligheidsagenda.imports.rows").description("Rows stored by imports").register(registry);
    }

    public MeterRegistry registry() {
        return registry;
    }

    /** The Prometheus text format of every meter. */
    String scrape() {
        return registry.scrape();
    }

    /** Told of every audit entry: counts saved figures and failed sign-ins. */
    public void audited(String action, Outcome outcome) {
        if ("figure.enter".equals(action) && outcome == Outcome.SUCCESS) {
            figuresSaved.increment();
        } else if (action.endsWith("login") && outcome == Outcome.FAILURE) {
            registry.counter("veiligheidsagenda.sign.in.failures", "channel",
                    action.contains(".") ? action.substring(0, action.indexOf('.')) : "web").increment();
        }
    }

    /** For imports: one call per finished import, with the rows it stored (0 when it failed: nothing is stored). */
    public void importFinished(boolean succeeded, long rows) {
        registry.counter("veiligheidsagenda.imports", "outcome", succeeded ? "success" : "failure").increment();
        registry.counter("veiligheidsagenda.imports.rows").increment(rows);
    }

    public void sessionStarted() {
        vaadinSessions.incrementAndGet();
    }

    public void sessionEnded() {
        vaadinSessions.decrementAndGet();
    }

    public void uiAttached() {
        vaadinUis.incrementAndGet();
    }

    public void uiDetached() {
        vaadinUis.decrementAndGet();
    }
}
