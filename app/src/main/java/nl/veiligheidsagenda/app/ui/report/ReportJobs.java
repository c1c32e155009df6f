package nl.veiligheidsagenda.app.ui.report;

import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.logging.Log;
import nl.veiligheidsagenda.app.security.AccessDeniedException;

import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.UnaryOperator;

/**
 * The worker threads that make reports for the views: two at a time (the machine has two cores), never the UI
 * thread. Daemon threads, so they never hold the application open.
 */
final class ReportJobs {

    static final ExecutorService EXECUTOR = Executors.newFixedThreadPool(2, Thread.ofPlatform().daemon()
            .name("report-", 1).factory());

    private static final Log LOG = Log.of(ReportJobs.class);

    private ReportJobs() {
    }

    /**
     * What to tell a person when a job failed: a refusal's own message; for anything unexpected a plain sentence,
     * while the details go to the log only.
     */
    static String reason(Throwable failure, UnaryOperator<String> translation) {
        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                ? failure.getCause() : failure;
        if (cause instanceof ValidationException validation) {
            return validation.errors().getFirst().message();
        }
        if (cause instanceof AccessDeniedException) {
            return translation.apply("report.view.no-rights");
        }
        LOG.error("A report job failed", cause);
        return translation.apply("report.view.error");
    }
}
