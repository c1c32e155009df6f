package nl.veiligheidsagenda.app.imports.formats;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads our own CSV template (see {@link TemplateCsvReader#COLUMNS}): a header row, then a row per figure. Columns
 * are found by their header, in any order; other columns (the template's names and units, for reading) are
 * ignored. Separated by semicolons (Dutch Excel), commas or tabs.
 */
public final class TemplateCsvReader {

    /** The template's columns; {@code value} or {@code count} is filled in. */
    public static final List<String> COLUMNS = List.of("indicator_id", "series_id", "area", "year", "value", "count",
            "status", "source");

    private TemplateCsvReader() {
    }

    static void read(Path file, char delimiter, RecordHandler handler) throws IOException, UnreadableFileException {
        Charset charset = TextInput.charset(file);
        Map<String, Integer> columns = new HashMap<>();
        CsvRecords.read(file, charset, delimiter, row -> {
            if (columns.isEmpty()) {
                header(row, columns);
                return true;
            }
            if (row.isBlank()) {
                return true;
            }
            handler.templateRow(new TemplateRow(row.line(), field(row, columns, "indicator_id"),
                    field(row, columns, "series_id"), field(row, columns, "area"), field(row, columns, "year"),
                    field(row, columns, "value"), field(row, columns, "count"), field(row, columns, "status"),
                    field(row, columns, "source")));
            return true;
        });
        if (columns.isEmpty()) {
            throw new UnreadableFileException(Reason.of("file.template.empty"));
        }
    }

    private static void header(CsvRecords.Row row, Map<String, Integer> columns) throws UnreadableFileException {
        for (int i = 0; i < row.fields().size(); i++) {
            String name = Names.normalise(row.field(i));
            for (String column : COLUMNS) {
                if (Names.normalise(column).equals(name)) {
                    columns.putIfAbsent(column, i);
                }
            }
        }
        for (String required : List.of("indicator_id", "series_id", "area", "year", "status")) {
            if (!columns.containsKey(required)) {
                throw new UnreadableFileException(Reason.of("file.template.column-missing", required, row.line()));
            }
        }
        if (!columns.containsKey("value") && !columns.containsKey("count")) {
            throw new UnreadableFileException(Reason.of("file.template.column-missing", "value", row.line()));
        }
    }

    private static String field(CsvRecords.Row row, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        return index == null ? "" : row.field(index).strip();
    }
}
