package nl.veiligheidsagenda.app.themes;

import nl.veiligheidsagenda.app.logging.Log;

import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Polls the stored theme choice, so that an admin's switch on one application instance reaches the menus and
 * routes of every other instance on the same database within {@link #INTERVAL}. A poll of one small table works
 * the same on H2 and PostgreSQL.
 */
public final class ThemeSettingsWatch implements AutoCloseable {

    public static final Duration INTERVAL = Duration.ofSeconds(2);
    private static final Log LOG = Log.of(ThemeSettingsWatch.class);

    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "theme-settings-watch");
        thread.setDaemon(true);
        return thread;
    });

    public ThemeSettingsWatch(ThemeService themes) {
        scheduler.scheduleWithFixedDelay(() -> {
            try {
                themes.refresh();
            } catch (RuntimeException e) {
                LOG.warn("Could not read the stored theme choice; trying again in {} s: {}", INTERVAL.toSeconds(),
                        e.getMessage());
            }
        }, INTERVAL.toMillis(), INTERVAL.toMillis(), TimeUnit.MILLISECONDS);
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
