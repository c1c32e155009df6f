package nl.veiligheidsagenda.core.model;

import java.time.Month;
import java.util.Optional;

/**
 * When an indicator is measured.
 *
 * @param frequency      every year, every two years or every four years
 * @param firstYear      the first year with data; measured years are {@code firstYear + k * frequency.years()}
 * @param availableFrom  the month in which last year's figure becomes available (e.g. April for CBS), or null when
 *                       the plan names none
 */
public record Cadence(Frequency frequency, int firstYear, Month availableFrom) {

    public enum Frequency {
        ANNUAL(1), BIENNIAL(2), QUADRENNIAL(4);

        private final int years;

        Frequency(int years) {
            this.years = years;
        }

        public int years() {
            return years;
        }
    }

    public static Cadence annual(int firstYear) {
        return new Cadence(Frequency.ANNUAL, firstYear, null);
    }

    public static Cadence annual(int firstYear, Month availableFrom) {
        return new Cadence(Frequency.ANNUAL, firstYear, availableFrom);
    }

    public static Cadence biennial(int firstYear) {
        return new Cadence(Frequency.BIENNIAL, firstYear, null);
    }

    public static Cadence quadrennial(int firstYear) {
        return new Cadence(Frequency.QUADRENNIAL, firstYear, null);
    }

    /** True when a figure for {@code year} is expected to exist at all under this cadence. */
    public boolean isMeasuredIn(int year) {
        return year >= firstYear && (year - firstYear) % frequency.years() == 0;
    }

    public Optional<Month> availableFromMonth() {
        return Optional.ofNullable(availableFrom);
    }
}
