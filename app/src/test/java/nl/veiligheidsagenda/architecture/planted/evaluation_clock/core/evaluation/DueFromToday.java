package nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation;

import java.time.LocalDate;

/** Planted violation: reads today's date itself. */
public final class DueFromToday {

    public boolean isDue(LocalDate dueDate) {
        return !LocalDate.now().isBefore(dueDate);
    }
}
