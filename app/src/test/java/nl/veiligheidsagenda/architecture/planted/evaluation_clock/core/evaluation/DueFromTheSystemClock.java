package nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation;

import java.time.Clock;
import java.time.LocalDate;

/** Planted violation: asks the system clock. */
public final class DueFromTheSystemClock {

    public boolean isDue(LocalDate dueDate) {
        Clock system = Clock.systemDefaultZone();
        return !dueDate.isAfter(LocalDate.ofInstant(system.instant(), system.getZone()));
    }
}
