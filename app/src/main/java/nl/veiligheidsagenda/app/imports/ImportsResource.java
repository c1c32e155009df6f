package nl.veiligheidsagenda.app.imports;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.security.Actor;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Imports in the JSON API:
 * <ul>
 * <li>{@code POST /api/v1/imports?dryRun=true&fileName=…&provisionalReplacesFinal=false}: the file as the request
 * body (any supported format); the answer counts {@code new}, {@code changed}, {@code unchanged}, {@code refused},
 * {@code skipped} and has a row per record with its outcome, reason and line or record number. Without
 * {@code dryRun} the figures are stored, all of them or (422, 409) none;</li>
 * <li>{@code GET /api/v1/imports/template.csv}: our CSV template, a header row and one row per series;</li>
 * <li>{@code GET /api/v1/imports}: the latest imports; {@code GET /api/v1/imports/mappings}: every mapping.</li>
 * </ul>
 * The answer to a POST is streamed: every row is written to a private temporary file while the import runs, then
 * copied out, so a file of a million records never sits in memory as JSON.
 */
public final class ImportsResource {

    private static final JsonFactory JSON = new JsonFactory();

    private ImportsResource() {
    }

    /** An answer the API servlet sends as it is: status, content type and a body written to the response. */
    public interface Streamed {
        int status();

        String contentType();

        /** A file name for a download, or null. */
        String fileName();

        void write(OutputStream out) throws IOException;
    }

    public static Streamed post(ImportService imports, Uploads uploads, Actor actor, InputStream body,
                                String fileName, boolean dryRun, boolean provisionalReplacesFinal) throws IOException {
        imports.requireImporter(actor);
        ImportFile file;
        try {
            file = uploads.store(fileName == null ? "upload" : fileName, body);
        } catch (Uploads.TooLargeException e) {
            return json(413, generator -> refusalOnly(generator, e.reason()));
        }
        Path spill = Files.createTempFile(file.path().getParent(), "rows-", ".json");
        spill.toFile().deleteOnExit();
        try {
            ImportResult result;
            ImportService.Options options = new ImportService.Options(provisionalReplacesFinal);
            try (OutputStream rowsOut = Files.newOutputStream(spill);
                 JsonGenerator rows = JSON.createGenerator(rowsOut, JsonEncoding.UTF8)) {
                boolean[] first = {true};
                java.util.function.Consumer<ImportRow> sink = row -> {
                    try {
                        if (!first[0]) {
                            rows.writeRaw(',');
                        }
                        first[0] = false;
                        row(rows, row);
                    } catch (IOException e) {
                        throw new UncheckedIOException(e);
                    }
                };
                result = dryRun ? imports.preview(actor, List.of(file), options, sink, Progress.NONE)
                        : imports.apply(actor, List.of(file), options, sink, Progress.NONE);
            }
            int status = status(result, dryRun);
            return json(status, generator -> {
                generator.writeBooleanField("dryRun", dryRun);
                generator.writeBooleanField("applied", result.applied());
                if (result.importId() > 0) {
                    generator.writeNumberField("importId", result.importId());
                }
                generator.writeStringField("region", imports.region());
                generator.writeStringField("fileName", file.name());
                generator.writeStringField("sha256", file.sha256());
                generator.writeArrayFieldStart("formats");
                for (String format : result.formats()) {
                    generator.writeString(format.toLowerCase(Locale.ROOT));
                }
                generator.writeEndArray();
                for (Outcome outcome : Outcome.values()) {
                    generator.writeNumberField(outcome.name().toLowerCase(Locale.ROOT), result.count(outcome));
                }
                if (result.refusal() != null) {
                    generator.writeFieldName("refusal");
                    reason(generator, result.refusal());
                }
                generator.writeArrayFieldStart("rows");
                generator.flush();
                return spill;
            });
        } catch (RuntimeException | IOException e) {
            Files.deleteIfExists(spill);
            throw e;
        } finally {
            Uploads.delete(List.of(file));
        }
    }

    private static int status(ImportResult result, boolean dryRun) {
        if (result.refusal() == null) {
            return 200;
        }
        if (result.refusal().key().equals("refusal.conflict")) {
            return 409;
        }
        return dryRun && result.refusal().key().equals("refusal.rows") ? 200 : 422;
    }

    @FunctionalInterface
    private interface Head {
        /** Writes the fields of the answer; returns a file of rows to copy into the open "rows" array, or null. */
        Path write(JsonGenerator generator) throws IOException;
    }

    private static Streamed json(int status, Head head) {
        return new Streamed() {
            @Override
            public int status() {
                return status;
            }

            @Override
            public String contentType() {
                return "application/json";
            }

            @Override
            public String fileName() {
                return null;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                Path rows = null;
                try (JsonGenerator generator = JSON.createGenerator(out, JsonEncoding.UTF8)) {
                    generator.writeStartObject();
                    rows = head.write(generator);
                    if (rows != null) {
                        generator.flush();
                        Files.copy(rows, out);
                        out.write(']');
                        out.write('}');
                        out.flush();
                        generator.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
                    } else {
                        generator.writeEndObject();
                    }
                } finally {
                    if (rows != null) {
                        Files.deleteIfExists(rows);
                    }
                }
            }
        };
    }

    private static Path refusalOnly(JsonGenerator generator, Reason reason) throws IOException {
        generator.writeStringField("error", "refused");
        generator.writeFieldName("refusal");
        reason(generator, reason);
        return null;
    }

    private static void row(JsonGenerator generator, ImportRow row) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("file", row.file());
        generator.writeNumberField("position", row.position());
        generator.writeStringField("outcome", row.outcome().name().toLowerCase(Locale.ROOT));
        generator.writeStringField("target", row.target());
        generator.writeStringField("area", row.area());
        if (row.year() != 0) {
            generator.writeNumberField("year", row.year());
        }
        figure(generator, "before", row.before());
        figure(generator, "after", row.after());
        if (row.reason() != null) {
            generator.writeFieldName("reason");
            reason(generator, row.reason());
        }
        generator.writeEndObject();
    }

    private static void figure(JsonGenerator generator, String field, Figure figure) throws IOException {
        if (figure == null) {
            return;
        }
        generator.writeObjectFieldStart(field);
        generator.writeNumberField("value", figure.value());
        if (figure.count() != null) {
            generator.writeNumberField("count", figure.count());
        }
        if (figure.status() != null) {
            generator.writeStringField("status", figure.status().name().toLowerCase(Locale.ROOT));
        }
        generator.writeEndObject();
    }

    private static void reason(JsonGenerator generator, Reason reason) throws IOException {
        generator.writeStartObject();
        generator.writeStringField("code", reason.key());
        generator.writeStringField("message", ImportTexts.dutch(reason));
        generator.writeEndObject();
    }

    /** {@code GET /api/v1/imports/template.csv}. */
    public static Streamed template(ImportService imports) {
        byte[] csv = imports.template().getBytes(StandardCharsets.UTF_8);
        return new Streamed() {
            @Override
            public int status() {
                return 200;
            }

            @Override
            public String contentType() {
                return "text/csv; charset=UTF-8";
            }

            @Override
            public String fileName() {
                return TemplateCsv.FILE_NAME;
            }

            @Override
            public void write(OutputStream out) throws IOException {
                out.write(csv);
            }
        };
    }

    record HistoryJson(long id, String formats, String outcome, Map<Outcome, Long> counts,
                       boolean provisionalReplacesFinal, String detail, String runBy, OffsetDateTime startedAt,
                       OffsetDateTime finishedAt, List<ImportRecord.FileEntry> files) {
    }

    /** {@code GET /api/v1/imports}. */
    public static List<HistoryJson> history(ImportService imports, Actor actor) {
        return imports.history(actor, 100).stream().map(record -> new HistoryJson(record.id(), record.format(),
                record.outcome().toLowerCase(Locale.ROOT), record.counts(), record.provisionalReplacesFinal(),
                record.detail(), record.runBy(), record.startedAt(), record.finishedAt(), record.files())).toList();
    }

    record MappingJson(String target, String table, String measure, List<String> measureCodes,
                       List<Map<String, Object>> filters, String kind, String origin, String remark) {
    }

    /** {@code GET /api/v1/imports/mappings}. */
    public static List<MappingJson> mappings(ImportService imports) {
        return imports.mappings().stream().map(mapping -> new MappingJson(mapping.target().key(),
                mapping.source().table(), mapping.source().measure().title(), mapping.source().measure().keys(),
                mapping.source().filters().stream().map(filter -> Map.<String, Object>of("dimension",
                        filter.dimension(), "values", filter.values().stream().map(code -> Map.of("title",
                                code.title(), "codes", code.keys())).toList())).toList(),
                mapping.source().kind().name().toLowerCase(Locale.ROOT), mapping.origin(), mapping.remark())).toList();
    }
}
