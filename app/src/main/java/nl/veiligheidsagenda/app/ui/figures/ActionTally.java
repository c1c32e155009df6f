package nl.veiligheidsagenda.app.ui.figures;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Collectors;

/**
 * How a year's actions stand, per theme: how many are reported as each status and how many have no report yet.
 * Counts the plan's actions (not their parts: progress is reported on the action).
 */
record ActionTally(Map<String, Map<ActionStatus, Integer>> byTheme, Map<String, Integer> unreported) {

    static ActionTally of(CatalogueIndex index, List<StoredProgress> year) {
        Map<String, ActionStatus> status = year.stream()
                .collect(Collectors.toMap(StoredProgress::actionId, StoredProgress::status, (a, b) -> a));
        Map<String, Map<ActionStatus, Integer>> byTheme = new HashMap<>();
        Map<String, Integer> unreported = new HashMap<>();
        index.actions().forEach(entry -> {
            ActionStatus reported = status.get(entry.action().id());
            if (reported == null) {
                unreported.merge(entry.themeId(), 1, Integer::sum);
            } else {
                byTheme.computeIfAbsent(entry.themeId(), id -> new EnumMap<>(ActionStatus.class))
                        .merge(reported, 1, Integer::sum);
            }
        });
        return new ActionTally(byTheme, unreported);
    }

    /** "12 lopend, 3 afgerond, 1 vertraagd, 20 nog niets gemeld": only what occurs, in the statuses' order. */
    String text(String themeId, BiFunction<String, Object[], String> translation) {
        List<String> parts = new ArrayList<>();
        byTheme.getOrDefault(themeId, Map.of()).entrySet().stream()
                .sorted(Map.Entry.comparingByKey())
                .forEach(count -> parts.add(translation.apply("action-status.count." + count.getKey().name(),
                        new Object[] {count.getValue()})));
        int none = unreported.getOrDefault(themeId, 0);
        if (none > 0 || parts.isEmpty()) {
            parts.add(translation.apply("action-status.count.NONE", new Object[] {none}));
        }
        return String.join(", ", parts);
    }
}
