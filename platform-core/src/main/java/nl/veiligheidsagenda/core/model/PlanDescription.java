package nl.veiligheidsagenda.core.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The plan above the themes, as a deployment describes it: whose plan it is, the years it runs, its ambition and its
 * own text (introduction, consultation, annexes) in the same blocks as the themes' pages. The themes carry the plan's
 * content per theme; this carries what belongs to no theme. It is deployment data, so another municipality runs its
 * own plan without a change to the platform.
 *
 * @param name         the plan's name, e.g. "Uitvoeringsplan Veiligheidsagenda … 2023-2026"
 * @param municipality the municipality whose plan it is
 * @param period       the years the plan runs; figures, stories and progress are entered for these years
 * @param ambition     the plan's overall ambition in one sentence
 * @param sections     the plan's own text in its order (e.g. "Inleiding", "Bijlage 1"), each a page of blocks
 * @param figures      figures the plan's own text gives (e.g. a survey), shown by {@link Block.FigureChart}s
 */
public record PlanDescription(String name, Municipality municipality, Period period, String ambition,
                              List<Section> sections, List<ContextFigure> figures) {

    public PlanDescription {
        Objects.requireNonNull(municipality, "municipality");
        Objects.requireNonNull(period, "period");
        sections = List.copyOf(sections);
        figures = List.copyOf(figures);
    }

    /**
     * @param name    the municipality's name as residents write it
     * @param cbsCode the municipality's code at Statistics Netherlands ("GM" and four digits), the key of CBS figures
     */
    public record Municipality(String name, String cbsCode) {
    }

    /** The years a plan runs, both inclusive. */
    public record Period(int firstYear, int lastYear) {

        public boolean contains(int year) {
            return year >= firstYear && year <= lastYear;
        }

        @Override
        public String toString() {
            return firstYear + "-" + lastYear;
        }
    }

    /**
     * A part of the plan's own text.
     *
     * @param path    its address below the plan's page, lower-case letters, digits and dashes
     * @param title   its heading, e.g. "Inleiding" or "Bijlage 1: Onderleggers"
     * @param summary one or two sentences for the overview, or empty
     */
    public record Section(String path, String title, String summary, List<Block> blocks) {

        public Section {
            summary = summary == null ? "" : summary;
            blocks = List.copyOf(blocks);
        }
    }

    public Optional<Section> section(String path) {
        return sections.stream().filter(section -> section.path().equals(path)).findFirst();
    }

    public Optional<ContextFigure> figure(String figureId) {
        return figures.stream().filter(figure -> figure.id().equals(figureId)).findFirst();
    }
}
