package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.Reason;

/**
 * One line of a preview: where in which file, what it is for, and what the import does with it.
 *
 * @param file     the file's name as it was sent
 * @param position its line number (CSV) or record number (OData, counted over all pages)
 * @param target   the series ({@code indicator/series}), denominator ({@code noemer:RESIDENTS}) or, for a record that
 *                 maps to nothing, what the file calls it; all text from the file is shown escaped
 * @param area     the area it is for, empty when unknown
 * @param year     the year, or 0 when unknown
 * @param before   the stored figure before (changed, unchanged, a final figure kept), else null
 * @param after    the figure the import stores or would store (or offers, when refused), else null
 * @param reason   why (refused, skipped, or a note on a new or changed figure), or null
 */
public record ImportRow(String file, long position, Outcome outcome, String target, String area, int year,
                        Figure before, Figure after, Reason reason) {
}
