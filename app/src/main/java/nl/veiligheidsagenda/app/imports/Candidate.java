package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.imports.formats.Reason;

import java.math.BigDecimal;

/**
 * A figure a file offers, before the rules and the stored figures have been consulted.
 *
 * @param value  the value itself (a rate or percentage), or null when a count is given
 * @param count  the count (turned into a rate with the year's denominator, or the value of a count series, or a
 *               denominator's population), or null
 * @param note   something the reader should know although the figure is taken (e.g. status unknown), or null
 * @param strict whether a year outside the series' years is an error (our template) or simply not taken (a
 *               published table covers many years)
 */
record Candidate(String file, long position, Target target, String area, int year, BigDecimal value, Long count,
                 FigureStatus status, String source, Reason note, boolean strict) {

    String key() {
        return target.key() + "|" + area + "|" + year;
    }
}
