package nl.veiligheidsagenda.app.imports.formats;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;

import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.nio.charset.Charset;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Reads CBS StatLine OData files, streaming: version 3 ({@code {"odata.metadata", "value": [TypedDataSet rows],
 * "odata.nextLink"}}, one row per combination of dimensions with a field per measure) and version 4 (the long
 * format, {@code {"@odata.context", "value": [{"Id", "Measure", "ValueAttribute", "Value", <dimensions>}]}}). Several
 * pages may follow each other in one file. A period list of the same table (v3 {@code Perioden}: Key, Title,
 * Status; v4 {@code PeriodenCodes}: Identifier, Status) anywhere in the file marks periods final or provisional; a
 * first pass reads it, a second pass reads the figures.
 */
final class ODataReader {

    static final int MAX_FIELDS = 2_000;
    private static final JsonFactory JSON = JsonFactory.builder().streamReadConstraints(StreamReadConstraints.builder()
            .maxStringLength(TextInput.MAX_RECORD).maxNestingDepth(16).maxNumberLength(64).maxNameLength(1_000)
            .build()).build();
    private static final Object NULL = new Object();
    /** Stands for a number too large for any figure: never {@link Numbers#isSane sane}. */
    private static final BigDecimal OUT_OF_RANGE = BigDecimal.ONE.scaleByPowerOfTen(1000);

    private final Path file;
    private final String fileName;
    private final Charset charset;
    /** At most this many period statuses are kept (a table has a few dozen periods; the rest is ignored). */
    static final int MAX_PERIODS = 10_000;
    private final Map<String, PeriodStatus> statuses = new HashMap<>();
    private String firstTable = "";
    private String documentTable = "";
    private long records;
    private long observations;

    private ODataReader(Path file, String fileName) throws IOException {
        this.file = file;
        this.fileName = fileName;
        this.charset = TextInput.charset(file);
    }

    static void read(Path file, String fileName, RecordHandler handler) throws IOException, UnreadableFileException {
        ODataReader reader = new ODataReader(file, fileName);
        reader.pass(null);
        reader.records = 0;
        reader.pass(handler);
        if (reader.observations == 0 && reader.records == 0) {
            throw new UnreadableFileException(Reason.of("file.odata.no-rows"));
        }
    }

    /** One pass over every document: the first ({@code handler} null) collects tables and statuses. */
    private void pass(RecordHandler handler) throws IOException, UnreadableFileException {
        try (Reader text = TextInput.open(file, charset); JsonParser parser = JSON.createParser(text)) {
            int document = 0;
            JsonToken token;
            while ((token = parser.nextToken()) != null) {
                document++;
                if (token == JsonToken.START_ARRAY) {
                    rows(parser, document, handler);
                } else if (token == JsonToken.START_OBJECT) {
                    document(parser, document, handler);
                } else {
                    throw new UnreadableFileException(Reason.of("file.odata.not-a-document", document));
                }
            }
        } catch (StreamConstraintsException e) {
            throw new UnreadableFileException(Reason.of("file.odata.too-large-value", records + 1));
        } catch (CharacterCodingException e) {
            throw new UnreadableFileException(Reason.of("file.not-text", records + 1));
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new UnreadableFileException(Reason.of("file.odata.malformed",
                    e.getLocation() == null ? "?" : e.getLocation().getLineNr(),
                    e.getLocation() == null ? "?" : e.getLocation().getColumnNr(), records + 1));
        }
    }

    private void document(JsonParser parser, int document, RecordHandler handler)
            throws IOException, UnreadableFileException {
        documentTable = "";
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String field = parser.currentName();
            JsonToken value = parser.nextToken();
            if ((field.equals("odata.metadata") || field.equals("@odata.context")) && value == JsonToken.VALUE_STRING) {
                TableIds.find(parser.getText()).ifPresent(table -> {
                    documentTable = table;
                    if (firstTable.isEmpty()) {
                        firstTable = table;
                    }
                });
            } else if (field.equals("value") && value == JsonToken.START_ARRAY) {
                rows(parser, document, handler);
            } else {
                parser.skipChildren();
            }
        }
    }

    private void rows(JsonParser parser, int document, RecordHandler handler)
            throws IOException, UnreadableFileException {
        JsonToken token;
        while ((token = parser.nextToken()) != JsonToken.END_ARRAY) {
            if (token != JsonToken.START_OBJECT) {
                parser.skipChildren();
                continue;
            }
            Map<String, Object> row = row(parser);
            if (row.containsKey("Status") && (row.get("Key") instanceof String || row.get("Identifier") instanceof String)) {
                if (handler == null && statuses.size() < MAX_PERIODS) {
                    Object key = row.containsKey("Key") ? row.get("Key") : row.get("Identifier");
                    statuses.put(((String) key).strip(), PeriodStatus.fromCbs(String.valueOf(row.get("Status"))));
                }
                continue;
            }
            if (handler != null) {
                emit(row, table(), handler);
            }
        }
    }

    private Map<String, Object> row(JsonParser parser) throws IOException, UnreadableFileException {
        Map<String, Object> row = new LinkedHashMap<>();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String name = parser.currentName();
            JsonToken value = parser.nextToken();
            Object content = switch (value) {
                case VALUE_STRING -> parser.getText();
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> decimal(parser);
                case VALUE_NULL -> NULL;
                case VALUE_TRUE, VALUE_FALSE -> parser.getText();
                default -> {
                    parser.skipChildren();
                    yield null;
                }
            };
            if (content != null) {
                row.put(name, content);
            }
            if (row.size() > MAX_FIELDS) {
                throw new UnreadableFileException(Reason.of("file.odata.too-many-fields", records + 1, MAX_FIELDS));
            }
        }
        return row;
    }

    /** A number as a decimal; one beyond what a decimal holds (an exponent such as 1e99999999999) is out of range. */
    private static BigDecimal decimal(JsonParser parser) throws IOException {
        try {
            return parser.getDecimalValue();
        } catch (NumberFormatException | ArithmeticException e) {
            return OUT_OF_RANGE;
        }
    }

    /** The table of the current document, else the file's first, else the one in the file's name. */
    private String table() {
        if (!documentTable.isEmpty()) {
            return documentTable;
        }
        return firstTable.isEmpty() ? TableIds.find(fileName).orElse("") : firstTable;
    }

    /** Turns one row into observations: v4 has one per row, v3 one per measure field. */
    private void emit(Map<String, Object> row, String table, RecordHandler handler) {
        String periodField = periodField(row);
        if (periodField == null) {
            return; // a row of another kind (table information, data properties): not figures
        }
        long position = ++records;
        Period period = Period.fromCode((String) row.get(periodField)).orElseThrow();
        String regionField = regionField(row, periodField);
        if (regionField == null) {
            handler.problem(position, Reason.of("record.no-region"));
            return;
        }
        String region = ((String) row.get(regionField)).strip();
        PeriodStatus status = statuses.getOrDefault(period.text(), PeriodStatus.UNKNOWN);
        boolean longFormat = row.get("Measure") instanceof String;
        Map<String, String> dimensions = new LinkedHashMap<>();
        for (Map.Entry<String, Object> field : row.entrySet()) {
            String name = field.getKey();
            if (field.getValue() instanceof String text && !name.equals(periodField) && !name.equals(regionField)
                    && !(longFormat && (name.equals("Measure") || name.equals("ValueAttribute")
                    || name.equals("StringValue")))) {
                dimensions.put(name, text.strip());
            }
        }
        if (longFormat) {
            Object value = row.get("Value");
            String attribute = row.get("ValueAttribute") instanceof String text ? text.strip() : "None";
            BigDecimal number = value instanceof BigDecimal decimal ? decimal : null;
            Reason missing = null;
            if (number != null && !Numbers.isSane(number)) {
                number = null;
                missing = Reason.of("value.out-of-range");
            } else if (number == null) {
                missing = attribute.equals("None") ? Reason.of("value.null") : Reason.of("value.attribute", attribute);
            }
            observations++;
            handler.observation(new Observation(position, table, ((String) row.get("Measure")).strip(), dimensions,
                    region, period, number, missing, status));
            return;
        }
        for (Map.Entry<String, Object> field : row.entrySet()) {
            Object value = field.getValue();
            if (field.getKey().equals("ID") || !(value instanceof BigDecimal || value == NULL)) {
                continue;
            }
            BigDecimal number = value instanceof BigDecimal decimal && Numbers.isSane(decimal) ? decimal : null;
            Reason missing = number != null ? null
                    : value == NULL ? Reason.of("value.null") : Reason.of("value.out-of-range");
            observations++;
            handler.observation(new Observation(position, table, field.getKey(), dimensions, region, period, number,
                    missing, status));
        }
    }

    private static String periodField(Map<String, Object> row) {
        if (row.get("Perioden") instanceof String text && Period.fromCode(text).isPresent()) {
            return "Perioden";
        }
        for (Map.Entry<String, Object> field : row.entrySet()) {
            if (field.getValue() instanceof String text && Period.fromCode(text).isPresent()) {
                return field.getKey();
            }
        }
        return null;
    }

    private static String regionField(Map<String, Object> row, String periodField) {
        String byValue = null;
        for (Map.Entry<String, Object> field : row.entrySet()) {
            if (field.getKey().equals(periodField) || !(field.getValue() instanceof String text)) {
                continue;
            }
            if (Regions.isRegionDimension(field.getKey())) {
                return field.getKey();
            }
            if (byValue == null && Regions.looksLikeCode(text)) {
                byValue = field.getKey();
            }
        }
        return byValue;
    }
}
