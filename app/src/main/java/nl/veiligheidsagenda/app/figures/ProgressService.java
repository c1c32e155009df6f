package nl.veiligheidsagenda.app.figures;

import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Guard;
import nl.veiligheidsagenda.app.themes.ThemeService;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The yearly progress of every action of the plan (niet gestart, lopend, afgerond, ...), kept by its owners. */
public final class ProgressService {

    static final int MAX_NOTE = 2000;

    private final ThemeService themes;
    private final JdbcFigureStore store;
    private final PlanCalendar calendar;
    private final AuditLog audit;

    public ProgressService(ThemeService themes, JdbcFigureStore store, PlanCalendar calendar, AuditLog audit) {
        this.themes = themes;
        this.store = store;
        this.calendar = calendar;
        this.audit = audit;
    }

    public void recordProgress(Actor actor, String actionId, int year, ActionStatus status, String note,
                               Integer expectedVersion) {
        String themeId = Changes.action(themes, actionId).themeId();
        String target = "progress:" + actionId + "/" + year;
        Guard.requireEditRights(audit, actor, themeId, "progress.record", target);
        Changes.audited(audit, actor, "progress.record", target, () -> storeProgress(actor, actionId, year, status,
                note, expectedVersion), version -> status + ", versie " + version);
    }

    private int storeProgress(Actor actor, String actionId, int year, ActionStatus status, String note,
                              Integer expectedVersion) {
        List<FieldError> errors = new ArrayList<>();
        Changes.checkPlanYear(calendar.period(), year, errors);
        if (status == null) {
            errors.add(new FieldError("status", "required", Messages.text("rule.progress.status-required")));
        }
        String text = note == null ? "" : note.strip();
        if (text.length() > MAX_NOTE) {
            errors.add(new FieldError("note", "max-length", Messages.text("rule.progress.note-length",
                    String.valueOf(MAX_NOTE))));
        }
        Changes.rejectIfAny(errors);
        return store.saveProgress(new StoredProgress(actionId, year, status, text, actor.username(),
                calendar.now(), 0), expectedVersion);
    }

    public List<StoredProgress> progressOfYear(int year) {
        return store.progressOfYear(year);
    }

    /** What readers see: every action's progress, all years, by action id (years in order). */
    public Map<String, List<StoredProgress>> progressByAction() {
        return store.allProgress().stream().collect(Collectors.groupingBy(StoredProgress::actionId,
                LinkedHashMap::new, Collectors.toList()));
    }
}
