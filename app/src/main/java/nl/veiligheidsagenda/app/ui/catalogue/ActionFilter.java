package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.function.SerializablePredicate;
import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.core.model.Action;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The actions overview's filters; an empty criterion lets every action through. The free text matches, ignoring
 * case and accents, the title, description, theme, subject, goal, partners, target groups and horizon. The status
 * is the one reported for the year the overview shows ({@code reported}: status by action id), or
 * {@link #NOTHING_REPORTED} for the actions without a report that year.
 */
public record ActionFilter(String themeId, String subjectId, String partner, String targetGroup, String text,
                           String status, Map<String, ActionStatus> reported)
        implements SerializablePredicate<ActionEntry> {

    public static final ActionFilter NONE = new ActionFilter("", "", "", "", "");
    /** The status choice for actions of which nothing was reported in the year. */
    public static final String NOTHING_REPORTED = "NONE";

    public ActionFilter {
        themeId = themeId == null ? "" : themeId;
        subjectId = subjectId == null ? "" : subjectId;
        partner = partner == null ? "" : partner;
        targetGroup = targetGroup == null ? "" : targetGroup;
        text = text == null ? "" : normalise(text.strip());
        status = status == null ? "" : status;
        reported = reported == null ? Map.of() : Map.copyOf(reported);
    }

    /** A filter without a status criterion. */
    public ActionFilter(String themeId, String subjectId, String partner, String targetGroup, String text) {
        this(themeId, subjectId, partner, targetGroup, text, "", Map.of());
    }

    @Override
    public boolean test(ActionEntry entry) {
        Action action = entry.action();
        return (themeId.isEmpty() || themeId.equals(entry.place().themeId()))
                && (subjectId.isEmpty() || subjectId.equals(entry.place().subject().id()))
                && (partner.isEmpty() || action.partners().contains(partner))
                && (targetGroup.isEmpty() || action.targetGroups().contains(targetGroup))
                && (status.isEmpty() || status.equals(statusOf(action)))
                && (text.isEmpty() || normalise(searchable(entry)).contains(text));
    }

    private String statusOf(Action action) {
        ActionStatus reportedStatus = reported.get(action.id());
        return reportedStatus == null ? NOTHING_REPORTED : reportedStatus.name();
    }

    private static String searchable(ActionEntry entry) {
        Action action = entry.action();
        return String.join(" ", Stream.of(Stream.of(action.title(), action.description(), action.horizon(),
                                entry.place().themeName(), entry.place().subject().name(),
                                entry.place().goal().statement()),
                        action.partners().stream(), action.targetGroups().stream())
                .flatMap(words -> words).toList());
    }

    private static String normalise(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT);
    }
}
