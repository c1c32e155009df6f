package nl.veiligheidsagenda.core.evaluation;

import java.util.Collection;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/** Counting outcomes: the plurality rule shared by indicators and goals, and the counts the explanations list. */
final class Votes {

    private Votes() {
    }

    /** The outcome shared by strictly the most of {@code votes}; empty when there are none or the top is a tie. */
    static <E extends Enum<E>> Optional<E> plurality(Collection<E> votes) {
        Map<E, Long> counts = votes.stream().collect(Collectors.groupingBy(vote -> vote, Collectors.counting()));
        long top = counts.values().stream().mapToLong(Long::longValue).max().orElse(0);
        var leaders = counts.entrySet().stream().filter(entry -> entry.getValue() == top).toList();
        return leaders.size() == 1 ? Optional.of(leaders.getFirst().getKey()) : Optional.empty();
    }

    /** How often each outcome occurs, in the enum's order. */
    static Map<SeriesOutcome, Long> counts(Collection<SeriesOutcome> outcomes) {
        Map<SeriesOutcome, Long> counts = new EnumMap<>(SeriesOutcome.class);
        outcomes.forEach(outcome -> counts.merge(outcome, 1L, Long::sum));
        return counts;
    }

    /** "3 beter, 1 ongeveer gelijk". */
    static String describe(Collection<SeriesOutcome> outcomes, Texts texts) {
        return counts(outcomes).entrySet().stream()
                .map(entry -> texts.text("count." + entry.getKey().name(), String.valueOf(entry.getValue())))
                .collect(Collectors.joining(", "));
    }
}
