package nl.veiligheidsagenda.app.imports.formats;

import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Recognises a file's format from its first characters and reads it record by record. A file that is none of the
 * formats is refused with a reason that says what it looks like instead.
 */
public final class FileReader {

    private static final int SNIFF = 16 * 1024;
    private static final Pattern V4 = Pattern.compile("\"@odata\\.context\"|\"ValueAttribute\"\\s*:");
    private static final char[] DELIMITERS = {';', ',', '\t'};

    private FileReader() {
    }

    /** Reads {@code file} (named {@code fileName} by its sender), telling {@code handler} every record. */
    public static FileFormat read(Path file, String fileName, RecordHandler handler)
            throws IOException, UnreadableFileException {
        Detected detected = detect(file);
        switch (detected.format()) {
            case CBS_ODATA_V3, CBS_ODATA_V4 -> ODataReader.read(file, fileName, handler);
            case STATLINE_CSV -> StatLineCsvReader.read(file, fileName, detected.delimiter(), handler);
            case TEMPLATE_CSV -> TemplateCsvReader.read(file, detected.delimiter(), handler);
        }
        return detected.format();
    }

    record Detected(FileFormat format, char delimiter) {
    }

    static Detected detect(Path file) throws IOException, UnreadableFileException {
        byte[] bytes = TextInput.head(file, 8);
        if (bytes.length == 0) {
            throw new UnreadableFileException(Reason.of("file.empty"));
        }
        if (bytes.length >= 4 && bytes[0] == 'P' && bytes[1] == 'K' && bytes[2] == 3 && bytes[3] == 4) {
            throw new UnreadableFileException(Reason.of("file.zip"));
        }
        String head = TextInput.headText(file, SNIFF);
        if (head.indexOf('\0') >= 0) {
            throw new UnreadableFileException(Reason.of("file.binary"));
        }
        String start = head.stripLeading();
        if (start.startsWith("{") || start.startsWith("[")) {
            return new Detected(V4.matcher(head).find() ? FileFormat.CBS_ODATA_V4 : FileFormat.CBS_ODATA_V3, ',');
        }
        String lines = head.contains("\n") && head.length() == SNIFF ? head.substring(0, head.lastIndexOf('\n'))
                : head;
        for (char delimiter : DELIMITERS) {
            for (List<String> fields : records(lines, delimiter)) {
                List<String> names = fields.stream().map(Names::normalise).toList();
                if (names.contains("indicatorid") && names.contains("seriesid")) {
                    return new Detected(FileFormat.TEMPLATE_CSV, delimiter);
                }
                if (names.contains("perioden") && fields.size() > 1) {
                    return new Detected(FileFormat.STATLINE_CSV, delimiter);
                }
            }
        }
        throw new UnreadableFileException(Reason.of("file.unknown-format"));
    }

    private static List<List<String>> records(String text, char delimiter) {
        try (CSVParser parser = CSVParser.parse(new StringReader(text), CsvRecords.format(delimiter))) {
            return parser.stream().limit(60).map(CSVRecord::toList).toList();
        } catch (IOException | UncheckedIOException | IllegalStateException e) {
            return List.of();
        }
    }
}
