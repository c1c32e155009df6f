package nl.veiligheidsagenda.core.model;

import java.util.Optional;

/** The unit of a measured value; rates name the denominator they are computed with. */
public enum Unit {
    /** Share of residents aged 15 and over, in percent (Veiligheidsmonitor). */
    PERCENT_RESIDENTS_15_PLUS(null),
    PER_1000_RESIDENTS(Denominator.RESIDENTS),
    PER_1000_YOUNG_PEOPLE_12_24(Denominator.YOUNG_PEOPLE_12_24),
    PER_1000_DWELLINGS(Denominator.DWELLINGS),
    PER_1000_BUSINESS_ESTABLISHMENTS(Denominator.BUSINESS_ESTABLISHMENTS),
    COUNT(null);

    private final Denominator denominator;

    Unit(Denominator denominator) {
        this.denominator = denominator;
    }

    /** The population a rate per 1,000 is computed against; empty for percentages and counts. */
    public Optional<Denominator> denominator() {
        return Optional.ofNullable(denominator);
    }

    public boolean isPercentage() {
        return this == PERCENT_RESIDENTS_15_PLUS;
    }
}
