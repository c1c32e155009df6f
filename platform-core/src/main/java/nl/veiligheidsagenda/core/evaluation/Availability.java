package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Cadence;

import java.time.LocalDate;
import java.time.Month;

/**
 * When a figure should exist, and what it means that it does not.
 * <p>The figure for year Y is <em>due</em> from the first day of the indicator's {@code availableFrom} month in
 * Y+1 (e.g. 1 April for CBS), or from 1 January of Y+1 when the plan names no month. Without a value:
 * <ul>
 *   <li>the cadence does not measure in Y → {@link SeriesOutcome#NOT_MEASURED_THIS_YEAR};</li>
 *   <li>before the due date → {@link SeriesOutcome#NOT_YET_DUE};</li>
 *   <li>from the due date until 31 December of Y+1 (the year in which it should have been reported) →
 *       {@link SeriesOutcome#EXPECTED_LATE} ("verwacht sinds april 2024");</li>
 *   <li>from 1 January of Y+2 → {@link SeriesOutcome#MISSING}: a whole reporting year passed without it.</li>
 * </ul>
 */
public final class Availability {

    private Availability() {
    }

    /** The first day on which the figure for {@code year} is expected. */
    public static LocalDate dueDate(Cadence cadence, int year) {
        Month month = cadence.availableFromMonth().orElse(Month.JANUARY);
        return LocalDate.of(year + 1, month, 1);
    }

    /** The outcome for a series that has no value for {@code year}, judged on {@code today}. */
    public static SeriesOutcome withoutValue(Cadence cadence, int year, LocalDate today) {
        if (!cadence.isMeasuredIn(year)) {
            return SeriesOutcome.NOT_MEASURED_THIS_YEAR;
        }
        if (today.isBefore(dueDate(cadence, year))) {
            return SeriesOutcome.NOT_YET_DUE;
        }
        return today.getYear() <= year + 1 ? SeriesOutcome.EXPECTED_LATE : SeriesOutcome.MISSING;
    }
}
