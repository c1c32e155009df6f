package nl.veiligheidsagenda.app.imports;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The rows of a run: counted per outcome, the first ones of each outcome kept for showing, all passed on. */
final class Rows implements Consumer<ImportRow> {

    private final int keepPerOutcome;
    private final Consumer<ImportRow> sink;
    private final Map<Outcome, Long> counts = new EnumMap<>(Outcome.class);
    private final List<ImportRow> kept = new ArrayList<>();

    Rows(int keepPerOutcome, Consumer<ImportRow> sink) {
        this.keepPerOutcome = keepPerOutcome;
        this.sink = sink;
        for (Outcome outcome : Outcome.values()) {
            counts.put(outcome, 0L);
        }
    }

    @Override
    public void accept(ImportRow row) {
        long seen = counts.merge(row.outcome(), 1L, Long::sum);
        if (seen <= keepPerOutcome) {
            kept.add(row);
        }
        sink.accept(row);
    }

    /** The counts in the outcomes' order. */
    Map<Outcome, Long> counts() {
        return java.util.Collections.unmodifiableMap(new EnumMap<>(counts));
    }

    List<ImportRow> kept() {
        return List.copyOf(kept);
    }
}
