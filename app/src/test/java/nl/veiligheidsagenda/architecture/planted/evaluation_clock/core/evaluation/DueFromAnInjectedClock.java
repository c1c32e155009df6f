package nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation;

import java.time.Clock;
import java.time.LocalDate;

/** Planted violation: holds a clock (its answer changes from call to call). */
public final class DueFromAnInjectedClock {

    private final Clock clock;

    public DueFromAnInjectedClock(Clock clock) {
        this.clock = clock;
    }

    public boolean isDue(LocalDate dueDate) {
        return !dueDate.isAfter(LocalDate.ofInstant(clock.instant(), clock.getZone()));
    }
}
