package nl.veiligheidsagenda.app.figures;

/**
 * The years a plan runs (Almere: 2023-2026). Figures may be entered for these years and for the baseline years
 * of their series.
 */
public record PlanPeriod(int firstYear, int lastYear) {

    public PlanPeriod {
        if (firstYear > lastYear) {
            throw new IllegalArgumentException("plan period " + firstYear + "-" + lastYear + " is empty");
        }
    }

    public boolean contains(int year) {
        return year >= firstYear && year <= lastYear;
    }

    @Override
    public String toString() {
        return firstYear + "-" + lastYear;
    }
}
