package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Unit;

/** What an imported number becomes: a figure of one series, or a year's denominator. */
public sealed interface Target {

    /** A short stable text for lists and keys, e.g. {@code wijken.x/totaal} or {@code noemer:RESIDENTS}. */
    String key();

    record SeriesTarget(String themeId, String indicatorId, String seriesId, Unit unit) implements Target {
        @Override
        public String key() {
            return indicatorId + "/" + seriesId;
        }
    }

    record DenominatorTarget(Denominator kind) implements Target {
        @Override
        public String key() {
            return "noemer:" + kind.name();
        }
    }
}
