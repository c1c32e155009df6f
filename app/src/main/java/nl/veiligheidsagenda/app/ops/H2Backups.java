package nl.veiligheidsagenda.app.ops;

import nl.veiligheidsagenda.app.config.OpsSettings;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.persistence.Dialect;
import nl.veiligheidsagenda.app.persistence.DataFolder;
import nl.veiligheidsagenda.app.logging.Log;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * Online backups of the embedded H2 database: H2's {@code BACKUP TO} writes a consistent copy of the live database
 * (committed transactions only) into a zip in the backup folder, every {@code VEILIGHEID_BACKUP_HOURS}, keeping the
 * newest {@code VEILIGHEID_BACKUP_KEEP}. A byte copy of the open database file is no backup: it may miss what the
 * database still holds in memory. Like the data folder, the backups are the application's own: a folder it makes is
 * {@code 0700}, every backup file {@code 0600}. PostgreSQL is backed up with its own tools (pg_dump), see the
 * README.
 */
public final class H2Backups implements AutoCloseable {

    private static final Log LOG = Log.of(H2Backups.class);
    private static final DateTimeFormatter NAME = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);
    private static final Duration FIRST_AFTER_START = Duration.ofMinutes(5);
    static final String PREFIX = "veiligheidsagenda-";

    private final Database database;
    private final Path directory;
    private final int keep;
    private final Clock clock;
    private final ScheduledExecutorService scheduler = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "h2-backup");
        thread.setDaemon(true);
        return thread;
    });

    private H2Backups(Database database, Path directory, int keep, Clock clock) {
        this.database = database;
        this.directory = directory;
        this.keep = keep;
        this.clock = clock;
    }

    /** Scheduled backups for an H2 database when {@code VEILIGHEID_BACKUP_HOURS} is above 0; empty otherwise. */
    public static Optional<H2Backups> schedule(Database database, OpsSettings settings, Path dataDirectory) {
        if (database.dialect() != Dialect.H2 || settings.backupHours() == 0) {
            return Optional.empty();
        }
        H2Backups backups = new H2Backups(database, settings.backupDirectory().orElse(dataDirectory.resolve("backups")),
                settings.backupKeep(), Clock.systemUTC());
        long period = Duration.ofHours(settings.backupHours()).toMillis();
        backups.scheduler.scheduleAtFixedRate(() -> {
            try {
                backups.backupNow();
            } catch (RuntimeException e) {
                LOG.error("Backup failed; the next try is in {} h: {}", settings.backupHours(), e.getMessage());
            }
        }, FIRST_AFTER_START.toMillis(), period, TimeUnit.MILLISECONDS);
        return Optional.of(backups);
    }

    /** Writes a backup now and removes the oldest beyond the number to keep; the new file. */
    public Path backupNow() {
        DataFolder.create(directory);
        Path file = directory.resolve(PREFIX + NAME.format(clock.instant()) + ".zip");
        database.backupTo(file);
        DataFolder.restrictFile(file);
        LOG.info("Backup written: {}", file);
        prune();
        return file;
    }

    private void prune() {
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> backups = files.filter(path -> path.getFileName().toString().startsWith(PREFIX)
                    && path.getFileName().toString().endsWith(".zip")).sorted().toList();
            for (Path old : backups.subList(0, Math.max(0, backups.size() - keep))) {
                Files.delete(old);
                LOG.info("Old backup removed: {}", old);
            }
        } catch (IOException e) {
            LOG.warn("Could not remove old backups in {}: {}", directory, e.getMessage());
        }
    }

    @Override
    public void close() {
        scheduler.shutdownNow();
    }
}
