package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The ids of a catalogue that stored data and links depend on, one per line as {@code <kind> <id>}: subjects,
 * goals, indicators, series ({@code <indicator id>/<series id>}), actions (and their parts), context figures and page
 * paths. A release may add ids; it never changes or drops one without retiring it.
 */
final class CatalogueIds {

    private CatalogueIds() {
    }

    static Set<String> of(ThemeCatalogue catalogue) {
        Set<String> ids = new LinkedHashSet<>();
        for (Subject subject : catalogue.subjects()) {
            ids.add("subject " + subject.id());
            for (Goal goal : subject.goals()) {
                ids.add("goal " + goal.id());
                goal.indicators().forEach(indicator -> {
                    ids.add("indicator " + indicator.id());
                    indicator.series().forEach(series -> ids.add("series " + indicator.id() + "/" + series.id()));
                });
                goal.actions().forEach(action -> {
                    ids.add("action " + action.id());
                    action.parts().forEach(part -> ids.add("action " + part.id()));
                });
            }
        }
        catalogue.contextFigures().forEach(figure -> ids.add("figure " + figure.id()));
        catalogue.pages().forEach(page -> ids.add("page " + page.path()));
        return ids;
    }

    /** The lines of an ids file, without blank lines and {@code #} comments; a missing file has none. */
    static Set<String> read(Path file) {
        if (!Files.exists(file)) {
            return Set.of();
        }
        try {
            Set<String> ids = new LinkedHashSet<>();
            for (String line : Files.readAllLines(file)) {
                String id = line.strip().replaceAll("\\s+", " ");
                if (!id.isEmpty() && !id.startsWith("#")) {
                    ids.add(id);
                }
            }
            return ids;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
    }
}
