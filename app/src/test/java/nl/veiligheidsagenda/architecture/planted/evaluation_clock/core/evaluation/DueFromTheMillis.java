package nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation;

/** Planted violation: reads the system's time in milliseconds. */
public final class DueFromTheMillis {

    public boolean isDue(long dueMillis) {
        return System.currentTimeMillis() >= dueMillis;
    }
}
