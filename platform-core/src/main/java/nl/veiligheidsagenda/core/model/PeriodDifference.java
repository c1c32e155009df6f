package nl.veiligheidsagenda.core.model;

/**
 * A series whose baseline covers another period than the one its goal's statement names, e.g. a goal "daalt ten
 * opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)" with a baseline of the average of 2019-2021. The
 * plan leaves the difference as it is; the platform shows it with the theme's reason
 * ({@link Baseline#periodNote()}) instead of resolving it silently. Since core SPI 1.2.
 *
 * @param goalPeriod the period the goal's statement names
 */
public record PeriodDifference(Indicator indicator, Series series, BaselinePeriod goalPeriod) {

    /** The period the baseline covers. */
    public BaselinePeriod baselinePeriod() {
        return series.baseline().period();
    }

    /** The theme's reason for the difference; empty when it gives none. */
    public String note() {
        return series.baseline().periodNote();
    }
}
