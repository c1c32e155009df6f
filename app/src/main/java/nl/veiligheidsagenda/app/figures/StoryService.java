package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * "Het verhaal achter de cijfers": owners write the story behind the figures of a goal or an indicator per year,
 * with their assessment for goals reported in words.
 */
public final class StoryService {

    static final int MAX_STORY = 20_000;

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanCalendar calendar;
    private final AuditLog audit;

    public StoryService(ThemeService themes, JdbcFigureStore store, PlanCalendar calendar, AuditLog audit) {
        this.themes = themes;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    /** Writes the story behind the figures of a goal (with the owner's assessment for goals without indicator). */
    public void writeGoalStory(Actor actor, String goalId, int year, String body, OwnerStatus assessment,
                               Integer expectedVersion) {
        String themeId = Changes.goal(themes, goalId).themeId();
        writeStory(actor, themeId, StoredStory.StoryKind.GOAL, goalId, year, body, assessment, expectedVersion);
    }

    public void writeIndicatorStory(Actor actor, String indicatorId, int year, String body, Integer expectedVersion) {
        String themeId = Changes.indicator(themes, indicatorId).themeId();
        writeStory(actor, themeId, StoredStory.StoryKind.INDICATOR, indicatorId, year, body, null, expectedVersion);
    }

    private void writeStory(Actor actor, String themeId, StoredStory.StoryKind kind, String subjectId, int year,
                            String body, OwnerStatus assessment, Integer expectedVersion) {
        String target = "story:" + kind.name().toLowerCase(Locale.ROOT) + "/" + subjectId + "/" + year;
        Guard.requireEditRights(audit, actor, themeId, "story.write", target);
        Changes.audited(audit, actor, "story.write", target, () -> {
            checkStory(year, body);
            return store.saveStory(new StoredStory(kind, subjectId, year, body.strip(),
                    assessment == null ? null : assessment.name(), actor.username(), calendar.now(), 0),
                    expectedVersion);
        }, version -> "versie " + version + (assessment == null ? "" : ", beoordeling " + assessment));
    }

    private void checkStory(int year, String body) {
        List<FieldError> errors = new ArrayList<>();
        Changes.checkPlanYear(calendar.period(), year, errors);
        if (body == null || body.isBlank()) {
            errors.add(new FieldError("body", "required", Messages.text("rule.story.required")));
        } else if (body.length() > MAX_STORY) {
            errors.add(new FieldError("body", "max-length", Messages.text("rule.story.length",
                    String.valueOf(MAX_STORY))));
        }
        Changes.rejectIfAny(errors);
    }

    /** The stories of a goal or indicator, newest year first. */
    public List<StoredStory> stories(StoredStory.StoryKind kind, String subjectId) {
        return store.stories(kind, subjectId);
    }

    public List<StoredStory> storiesOfYear(int year) {
        return store.storiesOfYear(year);
    }
}
