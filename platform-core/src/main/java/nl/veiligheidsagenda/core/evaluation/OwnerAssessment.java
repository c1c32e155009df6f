package nl.veiligheidsagenda.core.evaluation;

import java.util.Objects;

/**
 * The owner's assessment of a goal for one year, with the story behind it ("het verhaal achter de cijfers").
 *
 * @param status the owner's status
 * @param story  the owner's text; may be empty
 */
public record OwnerAssessment(OwnerStatus status, String story) {

    public OwnerAssessment {
        Objects.requireNonNull(status, "status");
        story = story == null ? "" : story;
    }
}
