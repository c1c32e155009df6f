package nl.veiligheidsagenda.app.plan;

import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.Optional;

/**
 * The plan this deployment runs, read once at start from its plan description: whose plan it is (the
 * municipality and its CBS code, e.g. for importing CBS figures), its name (e.g. on the yearly report), the years it
 * runs (figures, stories and progress are entered for them) and its own text. Immutable; ask it anywhere.
 */
public final class PlanService {

    private final PlanDescription description;

    public PlanService(PlanDescription description) {
        this.description = description;
    }

    public PlanDescription description() {
        return description;
    }

    /** The plan's name, e.g. "Uitvoeringsplan Veiligheidsagenda … 2023-2026". */
    public String name() {
        return description.name();
    }

    /** The municipality whose plan it is, with its CBS code ("GM" and four digits). */
    public PlanDescription.Municipality municipality() {
        return description.municipality();
    }

    /** The years the plan runs, both inclusive. */
    public PlanDescription.Period period() {
        return description.period();
    }

    public Optional<PlanDescription.Section> section(String path) {
        return description.section(path);
    }
}
