package nl.veiligheidsagenda.core.model;

import java.util.List;

/**
 * A subject ("onderwerp") of a theme, with its introduction text, its goal(s) and its approach ("aanpak").
 *
 * @param approach the approach as the plan writes it: its lead-in paragraph first, then its texts and
 *                 {@link Block.ActionList}s that place every action of the subject's goals exactly once, in the plan's
 *                 order. Empty for themes built on core SPI 1.0/1.1: the shell then lists the goals' actions.
 */
public record Subject(String id, String name, String introduction, List<Goal> goals, List<Block> approach) {

    public Subject {
        introduction = introduction == null ? "" : introduction;
        goals = List.copyOf(goals);
        approach = List.copyOf(approach);
    }

    /** A subject as core SPI 1.0 and 1.1 knew it, without an approach text. */
    public Subject(String id, String name, String introduction, List<Goal> goals) {
        this(id, name, introduction, goals, List.of());
    }

    /** The paragraph that opens the approach, or empty when the approach does not open with one. */
    public String approachLeadIn() {
        return approach.isEmpty() || !(approach.getFirst() instanceof Block.Paragraph(String text)) ? "" : text;
    }
}
