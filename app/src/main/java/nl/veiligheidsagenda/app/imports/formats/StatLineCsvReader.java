package nl.veiligheidsagenda.app.imports.formats;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the CSV download of CBS StatLine: optional title lines, a header row with the dimensions (one is
 * "Perioden", one the region) and a column per measure (its title, sometimes spread over more header rows: group,
 * measure, unit), data rows with titles for dimension values and numbers with StatLine's symbols, then optional
 * footer lines (source, the legend of symbols). The decimal separator follows the delimiter: a decimal comma in
 * a file separated by semicolons, a point in one separated by commas; a tab-separated file says it by its numbers.
 * A first pass finds the header, the measure columns and the legend; a second pass reads the figures.
 */
final class StatLineCsvReader {

    /** StatLine's symbols ("Verklaring van tekens") and what an empty cell means. */
    static final Map<String, String> SYMBOLS = Map.of(
            ".", "symbol.unknown",
            "x", "symbol.secret",
            "-", "symbol.nil",
            "", "symbol.impossible");
    /** A cell: its text, then StatLine's provisional marks; the text may hold any character, line ends too. */
    private static final Pattern VALUE = Pattern.compile("(.*?)(\\*{1,2})?", Pattern.DOTALL);
    private static final Pattern LEGEND_LINE = Pattern.compile("\\s*(\\S{1,3})\\s*(?:=|:|\\t)\\s*(.+)");

    private final Path file;
    private final String fileName;
    private final Charset charset;
    private final char delimiter;
    private char decimal;
    private String table = "";
    private long headerLine = -1;
    private int width;
    private int periodColumn = -1;
    private int regionColumn = -1;
    private final Map<Integer, List<String>> titles = new HashMap<>();
    private final Map<String, String> legend = new HashMap<>();
    private boolean[] notMeasure;
    private long commas;
    private long points;

    private StatLineCsvReader(Path file, String fileName, char delimiter) throws IOException {
        this.file = file;
        this.fileName = fileName;
        this.charset = TextInput.charset(file);
        this.delimiter = delimiter;
    }

    static void read(Path file, String fileName, char delimiter, RecordHandler handler)
            throws IOException, UnreadableFileException {
        StatLineCsvReader reader = new StatLineCsvReader(file, fileName, delimiter);
        reader.scan();
        reader.emit(handler);
    }

    private enum Part { PREAMBLE, HEADER, DATA, FOOTER }

    /** First pass: header, title lines, measure columns, legend and decimal separator. */
    private void scan() throws IOException, UnreadableFileException {
        Part[] part = {Part.PREAMBLE};
        CsvRecords.read(file, charset, delimiter, row -> {
            switch (part[0]) {
                case PREAMBLE -> {
                    int period = indexOf(row.fields(), "perioden");
                    if (period >= 0) {
                        headerLine = row.line();
                        width = row.fields().size();
                        periodColumn = period;
                        notMeasure = new boolean[width];
                        for (int i = 0; i < width; i++) {
                            titles.computeIfAbsent(i, k -> new ArrayList<>()).add(row.field(i).strip());
                        }
                        part[0] = Part.HEADER;
                    } else {
                        row.fields().forEach(field -> TableIds.find(field).ifPresent(this::table));
                    }
                }
                case HEADER, DATA -> {
                    if (row.fields().size() != width || row.isBlank()) {
                        part[0] = Part.FOOTER;
                        footer(row);
                    } else if (part[0] == Part.HEADER && row.field(periodColumn).isBlank()) {
                        for (int i = 0; i < width; i++) {
                            if (!row.field(i).isBlank()) {
                                titles.get(i).add(row.field(i).strip());
                            }
                        }
                    } else {
                        part[0] = Part.DATA;
                        classify(row);
                    }
                }
                case FOOTER -> footer(row);
            }
            return true;
        });
        if (headerLine < 0) {
            throw new UnreadableFileException(Reason.of("file.statline.no-header"));
        }
        if (table.isEmpty()) {
            TableIds.find(fileName).ifPresent(this::table);
        }
        regionColumn = regionColumn();
        if (regionColumn < 0) {
            throw new UnreadableFileException(Reason.of("file.statline.no-region", headerLine));
        }
        notMeasure[periodColumn] = true;
        notMeasure[regionColumn] = true;
        decimal = switch (delimiter) {
            case ';' -> ',';
            case ',' -> '.';
            default -> commas > points ? ',' : '.';
        };
    }

    private void table(String id) {
        if (table.isEmpty()) {
            table = id;
        }
    }

    private void footer(CsvRecords.Row row) {
        List<String> cells = row.fields().stream().map(String::strip).filter(cell -> !cell.isEmpty()).toList();
        cells.forEach(cell -> TableIds.find(cell).ifPresent(this::table));
        if (cells.size() == 2 && cells.get(0).length() <= 3) {
            legend.putIfAbsent(cells.get(0), cells.get(1));
        } else if (cells.size() == 1) {
            Matcher matcher = LEGEND_LINE.matcher(cells.getFirst());
            if (matcher.matches() && !Character.isLetterOrDigit(matcher.group(1).charAt(0))
                    || matcher.matches() && matcher.group(1).length() == 1) {
                legend.putIfAbsent(matcher.group(1), matcher.group(2).strip());
            }
        }
    }

    /** A column holds a measure when every cell of it is a number or a symbol. */
    private void classify(CsvRecords.Row row) {
        for (int i = 0; i < width; i++) {
            if (notMeasure[i]) {
                continue;
            }
            String cell = row.field(i).strip();
            Matcher matcher = VALUE.matcher(cell);
            matcher.matches();
            String number = matcher.group(1).strip();
            if (SYMBOLS.containsKey(cell) || cell.length() <= 3 && !cell.isEmpty()
                    && !Character.isLetterOrDigit(cell.charAt(0))) {
                continue;
            }
            if (Numbers.parse(number, ',').isPresent() || Numbers.parse(number, '.').isPresent()) {
                if (number.contains(",")) {
                    commas++;
                } else if (number.contains(".")) {
                    points++;
                }
            } else {
                notMeasure[i] = true;
            }
        }
    }

    private int regionColumn() {
        for (int i = 0; i < width; i++) {
            for (String title : titles.get(i)) {
                if (i != periodColumn && Regions.isRegionDimension(title)) {
                    return i;
                }
            }
        }
        for (int i = 0; i < width; i++) {
            if (i != periodColumn && Names.normalise(titles.get(i).getFirst()).contains("regio")) {
                return i;
            }
        }
        return -1;
    }

    /** Second pass: an observation per data row and measure column. */
    private void emit(RecordHandler handler) throws IOException, UnreadableFileException {
        boolean[] data = {false};
        CsvRecords.read(file, charset, delimiter, row -> {
            if (row.line() <= headerLine) {
                return true;
            }
            if (row.fields().size() != width || row.isBlank()) {
                return !data[0]; // the footer starts: nothing more to read
            }
            if (!data[0] && row.field(periodColumn).isBlank()) {
                return true; // more header rows
            }
            data[0] = true;
            row(row, handler);
            return true;
        });
    }

    private void row(CsvRecords.Row row, RecordHandler handler) {
        Optional<Period> period = Period.fromTitle(row.field(periodColumn));
        if (period.isEmpty()) {
            handler.problem(row.line(), Reason.of("record.period-unreadable", row.field(periodColumn).strip()));
            return;
        }
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (int i = 0; i < width; i++) {
            if (notMeasure[i] && i != periodColumn && i != regionColumn) {
                dimensions.put(titles.get(i).getFirst(), row.field(i).strip());
            }
        }
        String region = row.field(regionColumn).strip();
        for (int i = 0; i < width; i++) {
            if (notMeasure[i]) {
                continue;
            }
            handler.observation(cell(row.line(), measureTitle(i), dimensions, region, period.get(),
                    row.field(i).strip()));
        }
    }

    private Observation cell(long line, String measure, Map<String, String> dimensions, String region, Period period,
                             String cell) {
        PeriodStatus status = period.status();
        Matcher matcher = VALUE.matcher(cell);
        matcher.matches();
        String text = matcher.group(1).strip();
        if (matcher.group(2) != null && !text.isEmpty()) {
            status = matcher.group(2).length() == 1 ? PeriodStatus.PROVISIONAL : PeriodStatus.REVISED_PROVISIONAL;
        } else {
            text = cell;
        }
        if (text.equals("-")) {
            return new Observation(line, table, measure, dimensions, region, period, BigDecimal.ZERO, null, status);
        }
        if (SYMBOLS.containsKey(text)) {
            return new Observation(line, table, measure, dimensions, region, period, null, Reason.of(SYMBOLS.get(text)),
                    status);
        }
        if (legend.containsKey(text)) {
            return new Observation(line, table, measure, dimensions, region, period, null,
                    Reason.of("symbol.legend", text, legend.get(text)), status);
        }
        Optional<BigDecimal> number = Numbers.parse(text, decimal);
        if (number.isEmpty()) {
            Reason why = Numbers.parse(text, decimal == ',' ? '.' : ',').isPresent()
                    ? Reason.of("value.wrong-decimal", text, String.valueOf(decimal))
                    : Reason.of("value.unreadable", text);
            return new Observation(line, table, measure, dimensions, region, period, null, why, status);
        }
        return new Observation(line, table, measure, dimensions, region, period, number.get(), null, status);
    }

    /** The measure's column title: every header row's text for it, joined with " / ". */
    private String measureTitle(int column) {
        return String.join(" / ", titles.get(column).stream().filter(title -> !title.isBlank()).toList());
    }

    private static int indexOf(List<String> fields, String normalisedName) {
        for (int i = 0; i < fields.size(); i++) {
            if (Names.normalise(fields.get(i)).equals(normalisedName)) {
                return i;
            }
        }
        return -1;
    }
}
