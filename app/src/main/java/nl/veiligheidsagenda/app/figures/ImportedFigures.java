package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.core.model.Denominator;

import java.util.ArrayList;
import java.util.List;

/**
 * Figures and denominators an import stores in one transaction, each with the version it was judged against (0 for
 * one that was not stored yet): a row whose version changed meanwhile makes the whole import fail.
 */
public record ImportedFigures(List<VersionedFigure> figures, List<VersionedDenominator> denominators) {

    public ImportedFigures {
        figures = List.copyOf(figures);
        denominators = List.copyOf(denominators);
    }

    public record VersionedFigure(StoredFigure figure, int expectedVersion) {
    }

    public record VersionedDenominator(int year, Denominator kind, long population, int expectedVersion) {
    }

    public int size() {
        return figures.size() + denominators.size();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Collects an import's writes. */
    public static final class Builder {
        private final List<VersionedFigure> figures = new ArrayList<>();
        private final List<VersionedDenominator> denominators = new ArrayList<>();

        public Builder figure(StoredFigure figure, int expectedVersion) {
            figures.add(new VersionedFigure(figure, expectedVersion));
            return this;
        }

        public Builder denominator(int year, Denominator kind, long population, int expectedVersion) {
            denominators.add(new VersionedDenominator(year, kind, population, expectedVersion));
            return this;
        }

        public ImportedFigures build() {
            return new ImportedFigures(figures, denominators);
        }
    }
}
