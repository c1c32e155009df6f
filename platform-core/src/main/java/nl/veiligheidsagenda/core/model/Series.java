package nl.veiligheidsagenda.core.model;

import java.util.Optional;

/**
 * One measured series of an indicator (e.g. "woninginbraken" of high impact crimes). An indicator with a single
 * figure has one series.
 *
 * @param baseline the baseline ("nulwaarde") with its period, or null where the plan has none yet ("-")
 */
public record Series(String id, String name, Unit unit, Baseline baseline) {

    public Optional<Baseline> baselineIfAny() {
        return Optional.ofNullable(baseline);
    }
}
