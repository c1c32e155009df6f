package nl.veiligheidsagenda.app.figures;

import java.time.OffsetDateTime;

/**
 * "Het verhaal achter de cijfers" for a goal or an indicator in one year. For a goal reported in words the owner
 * also sets its assessment with the story.
 *
 * @param assessment the owner's assessment (name of a core OwnerStatus) or null
 */
public record StoredStory(StoryKind kind, String subjectId, int year, String body, String assessment, String author,
                          OffsetDateTime writtenAt, int version) {

    public enum StoryKind {
        GOAL, INDICATOR
    }
}
