package nl.veiligheidsagenda.app;

import nl.veiligheidsagenda.app.logging.Log;

import java.util.ArrayList;
import java.util.List;

/**
 * When each part of a start was done, in milliseconds since the start began, logged as one line at the end: the
 * parts run on two threads at once (services and web server), so the points in time say more than durations would.
 * Where a slow start spends its time then shows in every log (README, "Performance (measured)").
 */
final class StartupPhases {

    private final long started = System.nanoTime();
    private final List<String> marks = new ArrayList<>();

    /** Notes that {@code name} is done now. */
    synchronized void mark(String name) {
        marks.add(name + " " + (System.nanoTime() - started) / 1_000_000);
    }

    synchronized String line() {
        return "Start-up (ms since it began): " + String.join(", ", marks);
    }

    void log() {
        Log.of(Application.class).info("{}", line());
    }
}
