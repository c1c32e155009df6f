package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.Names;
import nl.veiligheidsagenda.app.imports.formats.Observation;
import nl.veiligheidsagenda.core.model.PublishedSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds which mappings an observation of a published table belongs to: by table (when the file names it), by
 * measure (an OData key or, in a CSV download, the column title without unit) and by each filtered dimension's value
 * (key or title). Codes are compared trimmed and without case, titles without case, spaces or punctuation.
 */
final class SourceIndex {

    /** An observation's place in a mapping: which mapping, and which of a summed filter's values it is. */
    record Match(Mapping mapping, int part, int parts) {
    }

    private record Entry(Mapping mapping, Set<String> measures, List<Map<String, Integer>> filterValues,
                         List<String> filterDimensions, int parts) {
    }

    private final Map<String, List<Entry>> byTable = new HashMap<>();
    private final List<Entry> all = new ArrayList<>();

    SourceIndex(List<Mapping> mappings) {
        for (Mapping mapping : mappings) {
            PublishedSource source = mapping.source();
            Set<String> measures = new java.util.HashSet<>();
            source.measure().keys().forEach(key -> measures.add(code(key)));
            measures.add(title(source.measure().title()));
            List<Map<String, Integer>> values = new ArrayList<>();
            List<String> dimensions = new ArrayList<>();
            int parts = 1;
            for (PublishedSource.Filter filter : source.filters()) {
                Map<String, Integer> index = new HashMap<>();
                for (int i = 0; i < filter.values().size(); i++) {
                    PublishedSource.Code value = filter.values().get(i);
                    for (String key : value.keys()) {
                        index.put(code(key), i);
                    }
                    index.put(title(value.title()), i);
                }
                values.add(index);
                dimensions.add(Names.normalise(filter.dimension()));
                parts = Math.max(parts, filter.values().size());
            }
            Entry entry = new Entry(mapping, measures, values, dimensions, parts);
            byTable.computeIfAbsent(source.table().toUpperCase(Locale.ROOT), table -> new ArrayList<>()).add(entry);
            all.add(entry);
        }
    }

    boolean knowsTable(String table) {
        return byTable.containsKey(table.toUpperCase(Locale.ROOT));
    }

    /** The tables mappings name, sorted. */
    Set<String> tables() {
        return new TreeSet<>(byTable.keySet());
    }

    /** The mappings this observation is (part of) a figure of; empty when none. */
    List<Match> matches(Observation observation) {
        List<Entry> candidates = observation.table().isEmpty() ? all
                : byTable.getOrDefault(observation.table().toUpperCase(Locale.ROOT), List.of());
        if (candidates.isEmpty()) {
            return List.of();
        }
        String measureCode = code(observation.measure());
        Map<String, String> dimensions = new HashMap<>();
        observation.dimensions().forEach((name, value) -> dimensions.put(Names.normalise(name), value));
        List<Match> matches = new ArrayList<>(1);
        for (Entry entry : candidates) {
            if (!entry.measures().contains(measureCode) && !measureTitleMatches(entry, observation.measure())) {
                continue;
            }
            int part = 0;
            boolean fits = true;
            for (int f = 0; f < entry.filterDimensions().size() && fits; f++) {
                String value = dimensions.get(entry.filterDimensions().get(f));
                Integer index = value == null ? null : entry.filterValues().get(f).get(code(value));
                if (index == null && value != null) {
                    index = entry.filterValues().get(f).get(title(value));
                }
                if (index == null) {
                    fits = false;
                } else if (entry.filterValues().get(f).values().stream().distinct().count() > 1) {
                    part = index;
                }
            }
            if (fits) {
                matches.add(new Match(entry.mapping(), part, entry.parts()));
            }
        }
        return matches;
    }

    /** A CSV column title: "Group / Measure (unit)": the whole, or any part, without its unit. */
    private static boolean measureTitleMatches(Entry entry, String header) {
        if (entry.measures().contains(title(header))) {
            return true;
        }
        for (String part : header.split("/")) {
            if (entry.measures().contains(title(part.replaceAll("\\([^()]*\\)\\s*$", "")))) {
                return true;
            }
        }
        return entry.measures().contains(title(header.replaceAll("\\([^()]*\\)\\s*$", "")));
    }

    private static String code(String code) {
        return "c:" + code.strip().toUpperCase(Locale.ROOT);
    }

    private static String title(String title) {
        return "t:" + Names.normalise(title);
    }
}
