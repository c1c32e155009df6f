package nl.veiligheidsagenda.app.imports.formats;

/**
 * One row of our own CSV template, as text: the import checks every field and names the one that is wrong.
 *
 * @param line the file's line number of the row
 */
public record TemplateRow(long line, String indicatorId, String seriesId, String area, String year, String value,
                          String count, String status, String source) {
}
