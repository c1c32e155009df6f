package nl.veiligheidsagenda.app.plan;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.ArrayList;
import java.util.List;
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

    /**
     * The paragraphs the plan's own text puts under its heading {@code heading} (up to the next heading of that level
     * or higher), e.g. what the plan says about youth under "Jeugd"; empty when it has no such heading.
     */
    public List<String> paragraphsUnder(String heading) {
        for (PlanDescription.Section section : description.sections()) {
            List<Block> blocks = section.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                if (blocks.get(i) instanceof Block.Heading found && found.text().equals(heading)) {
                    List<String> paragraphs = new ArrayList<>();
                    for (Block block : blocks.subList(i + 1, blocks.size())) {
                        if (block instanceof Block.Heading next && next.level() <= found.level()) {
                            break;
                        }
                        if (block instanceof Block.Paragraph paragraph) {
                            paragraphs.add(paragraph.text());
                        }
                    }
                    return paragraphs;
                }
            }
        }
        return List.of();
    }
}
