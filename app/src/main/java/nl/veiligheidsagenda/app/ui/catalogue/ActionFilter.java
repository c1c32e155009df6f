package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.function.SerializablePredicate;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.core.model.Action;

import java.text.Normalizer;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The actions overview's filters; an empty criterion lets every action through. The free text matches, ignoring
 * case and accents, the title, description, theme, subject, goal, partners, target groups and horizon.
 */
public record ActionFilter(String themeId, String subjectId, String partner, String targetGroup, String text)
        implements SerializablePredicate<ActionEntry> {

    public static final ActionFilter NONE = new ActionFilter("", "", "", "", "");

    public ActionFilter {
        themeId = themeId == null ? "" : themeId;
        subjectId = subjectId == null ? "" : subjectId;
        partner = partner == null ? "" : partner;
        targetGroup = targetGroup == null ? "" : targetGroup;
        text = text == null ? "" : normalise(text.strip());
    }

    @Override
    public boolean test(ActionEntry entry) {
        Action action = entry.action();
        return (themeId.isEmpty() || themeId.equals(entry.place().themeId()))
                && (subjectId.isEmpty() || subjectId.equals(entry.place().subject().id()))
                && (partner.isEmpty() || action.partners().contains(partner))
                && (targetGroup.isEmpty() || action.targetGroups().contains(targetGroup))
                && (text.isEmpty() || normalise(searchable(entry)).contains(text));
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
