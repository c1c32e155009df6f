package nl.veiligheidsagenda.app.ui.imports;

import com.vaadin.flow.component.UI;
import nl.veiligheidsagenda.app.imports.Progress;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs an import off the UI thread and reports its progress and result to the view through {@link UI#access}. The
 * view polls while a job runs (no push needed); at most two imports run at once in the whole application.
 */
final class ImportJob {

    private static final ExecutorService WORKERS = Executors.newFixedThreadPool(2, runnable -> {
        Thread thread = new Thread(runnable, "import");
        thread.setDaemon(true);
        return thread;
    });
    private static final int POLL_MS = 400;

    private ImportJob() {
    }

    /** Progress as the view shows it: the phase, how far, and of how many (0 when unknown). */
    record State(Progress.Phase phase, long done, long total) {
    }

    /**
     * Runs {@code work} on a worker; {@code progress} and then {@code done} (or {@code failed}) are called in the
     * UI's session lock.
     */
    static <T> void start(UI ui, java.util.function.Function<Progress, T> work, Consumer<State> progress,
                          Consumer<T> done, Consumer<RuntimeException> failed) {
        ui.setPollInterval(POLL_MS);
        AtomicLong lastReport = new AtomicLong();
        Progress reporter = (phase, count, total) -> {
            long now = System.nanoTime();
            if (now - lastReport.get() > 200_000_000L || phase == Progress.Phase.DONE) {
                lastReport.set(now);
                ui.access(() -> progress.accept(new State(phase, count, total)));
            }
        };
        WORKERS.submit(() -> {
            try {
                T result = work.apply(reporter);
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    done.accept(result);
                });
            } catch (RuntimeException e) {
                ui.access(() -> {
                    ui.setPollInterval(-1);
                    failed.accept(e);
                });
            }
        });
    }
}
