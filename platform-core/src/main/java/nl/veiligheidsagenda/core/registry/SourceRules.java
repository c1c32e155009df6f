package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PublishedSource;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Checks where a theme says its series are published: every mapping names a series of the theme, at most once, a
 * table and a measure, and a count only where a count makes sense (a count or a rate, never a percentage).
 */
final class SourceRules {

    private SourceRules() {
    }

    static List<PluginProblem> check(String themeId, ThemeCatalogue catalogue, List<SeriesSource> sources) {
        List<PluginProblem> problems = new ArrayList<>();
        Set<String> mapped = new HashSet<>();
        for (SeriesSource mapping : sources) {
            String element = mapping.indicatorId() + "/" + mapping.seriesId();
            Optional<Series> series = catalogue.indicator(mapping.indicatorId()).map(Indicator::series)
                    .flatMap(all -> all.stream().filter(s -> s.id().equals(mapping.seriesId())).findFirst());
            if (series.isEmpty()) {
                problems.add(violation(themeId, element, "source-unknown-series"));
                continue;
            }
            if (!mapped.add(element)) {
                problems.add(violation(themeId, element, "source-duplicate"));
            }
            PublishedSource source = mapping.source();
            if (source.table().isBlank() || source.measure().title().isBlank() || source.measure().keys().isEmpty()) {
                problems.add(violation(themeId, element, "source-incomplete"));
            }
            for (PublishedSource.Filter filter : source.filters()) {
                if (filter.dimension().isBlank() || filter.values().isEmpty()) {
                    problems.add(violation(themeId, element, "source-incomplete"));
                }
            }
            Unit unit = series.get().unit();
            if (source.kind() == PublishedSource.ValueKind.COUNT && unit.isPercentage()) {
                problems.add(violation(themeId, element, "source-count-for-percentage"));
            }
        }
        return problems;
    }

    private static PluginProblem violation(String themeId, String element, String rule) {
        return PluginProblem.of(PluginProblem.Kind.CATALOGUE_INVALID, themeId, element, rule);
    }
}
