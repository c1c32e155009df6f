package nl.veiligheidsagenda.app.figures;

import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.stream.IntStream;

/**
 * The plan's years and the application's one clock: every "today" and every "entered at" of the yearly cycle
 * comes from here, so a test can fix the date.
 */
public record PlanCalendar(PlanPeriod period, Clock clock) {

    /** The query parameter that opens a page of the yearly cycle on a plan year: {@code ?jaar=2023}. */
    public static final String YEAR_PARAMETER = "jaar";

    public LocalDate today() {
        return LocalDate.now(clock);
    }

    public OffsetDateTime now() {
        return OffsetDateTime.now(clock);
    }

    /** The plan's years, first to last. */
    public List<Integer> years() {
        return IntStream.rangeClosed(period.firstYear(), period.lastYear()).boxed().toList();
    }

    /** The last year whose figures are mostly in: last calendar year, kept within the plan period. */
    public int reportYear() {
        return Math.max(period.firstYear(), Math.min(period.lastYear(), today().getYear() - 1));
    }
}
