package nl.veiligheidsagenda.architecture.planted.evaluation_clock.core.evaluation;

import java.time.LocalDate;

/** Planted: keeps the rule, "today" comes in with the input. */
public final class DueFromTheContext {

    public boolean isDue(LocalDate dueDate, LocalDate today) {
        return !today.isBefore(dueDate);
    }
}
