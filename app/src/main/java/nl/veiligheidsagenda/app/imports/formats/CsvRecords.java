package nl.veiligheidsagenda.app.imports.formats;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;

/**
 * The records of a CSV file (Apache Commons CSV), each with the line it starts on, streaming and bounded: a record
 * above {@link TextInput#MAX_RECORD} characters, broken quoting or text that is not in the file's charset ends the
 * reading with a reason naming the line.
 */
final class CsvRecords {

    /** One record: its fields (never null) and the file's line number it starts on. */
    record Row(long line, List<String> fields) {

        String field(int index) {
            return index < fields.size() ? fields.get(index) : "";
        }

        boolean isBlank() {
            return fields.stream().allMatch(String::isBlank);
        }
    }

    @FunctionalInterface
    interface RowHandler {
        /** Returns false to stop reading. */
        boolean row(Row row) throws UnreadableFileException;
    }

    private CsvRecords() {
    }

    static CSVFormat format(char delimiter) {
        return CSVFormat.RFC4180.builder().setDelimiter(delimiter).setIgnoreEmptyLines(false)
                .setIgnoreSurroundingSpaces(false).get();
    }

    static void read(Path file, Charset charset, char delimiter, RowHandler handler)
            throws IOException, UnreadableFileException {
        long previousEnd = 0;
        try (Reader reader = TextInput.boundedRecords(TextInput.open(file, charset));
             CSVParser parser = CSVParser.parse(reader, format(delimiter))) {
            Iterator<CSVRecord> records = parser.iterator();
            while (true) {
                try {
                    if (!records.hasNext()) {
                        return;
                    }
                } catch (UncheckedIOException | IllegalStateException e) {
                    throw failure(e, previousEnd + 1);
                }
                CSVRecord record = records.next();
                long line = previousEnd + 1;
                previousEnd = Math.max(line, parser.getCurrentLineNumber());
                List<String> fields = new ArrayList<>(record.size());
                record.forEach(fields::add);
                if (!handler.row(new Row(line, fields))) {
                    return;
                }
            }
        } catch (TextInput.RecordTooLongException e) {
            throw new UnreadableFileException(Reason.of("file.csv.record-too-long", previousEnd + 1,
                    TextInput.MAX_RECORD));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Reason.of("file.not-text", previousEnd + 1));
        }
    }

    private static UnreadableFileException failure(RuntimeException e, long line) {
        Throwable cause = e.getCause();
        if (cause instanceof TextInput.RecordTooLongException) {
            return new UnreadableFileException(Reason.of("file.csv.record-too-long", line, TextInput.MAX_RECORD));
        }
        if (cause instanceof CharacterCodingException) {
            return new UnreadableFileException(Reason.of("file.not-text", line));
        }
        return new UnreadableFileException(Reason.of("file.csv.malformed", line));
    }
}
