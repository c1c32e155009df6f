package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.FigureStatus;

import java.math.BigDecimal;

/**
 * A figure as a preview shows it: the value (a rate, percentage or denominator), the count it came from when there
 * was one, and its status (none for a denominator).
 */
public record Figure(BigDecimal value, Long count, FigureStatus status) {

    /** The figure in plain notation, e.g. "5.15 (aantal 412) final": for logs and texts that are not shown. */
    @Override
    public String toString() {
        return value.stripTrailingZeros().toPlainString() + (count == null ? "" : " (aantal " + count + ")")
                + (status == null ? "" : " " + status.name().toLowerCase(java.util.Locale.ROOT));
    }
}
