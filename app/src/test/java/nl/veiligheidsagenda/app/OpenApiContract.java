package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.dialect.Dialects;

import java.net.URI;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Checks real requests and responses against the API's OpenAPI 3.1 description with a JSON Schema 2020-12
 * validator (networknt, OpenAPI 3.1 dialect): the path and method must be described, the status listed, the JSON
 * body valid against its schema, and a request the API accepted valid against the request schema.
 */
final class OpenApiContract {

    private static final String DOCUMENT = "https://veiligheidsagenda.invalid/api/v1/openapi.json";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonNode description;
    private final SchemaRegistry schemas;
    private final Set<String> exercised = new TreeSet<>();

    OpenApiContract(String descriptionJson) throws Exception {
        this.description = JSON.readTree(descriptionJson);
        this.schemas = SchemaRegistry.withDialect(Dialects.getOpenApi31(),
                builder -> builder.schemas(Map.of(DOCUMENT, descriptionJson)));
    }

    JsonNode description() {
        return description;
    }

    /** Every operation of the description as {@code METHOD /path}. */
    Set<String> operations() {
        Set<String> operations = new TreeSet<>();
        description.get("paths").properties().forEach(path -> path.getValue().properties()
                .forEach(method -> operations.add(method.getKey().toUpperCase() + " " + path.getKey())));
        return operations;
    }

    /** The operations that {@link #check} has seen answered. */
    Set<String> exercised() {
        return exercised;
    }

    /**
     * Fails with every way the exchange breaks the description.
     *
     * @param requestBody the JSON sent, or null
     */
    void check(String method, URI uri, String requestBody, HttpResponse<String> response) throws Exception {
        check(method, uri, requestBody, "application/json", response);
    }

    /**
     * Fails with every way the exchange breaks the description.
     *
     * @param requestBody the body sent, or null
     * @param contentType its media type: an accepted body must be one the operation describes (JSON is also
     *                    validated against its schema)
     */
    void check(String method, URI uri, String requestBody, String contentType, HttpResponse<String> response)
            throws Exception {
        String template = template(uri.getPath());
        JsonNode operation = description.get("paths").get(template).get(method.toLowerCase());
        if (operation == null) {
            throw new AssertionError(method + " " + template + " is not in app/src/main/resources/api/openapi.json");
        }
        String status = String.valueOf(response.statusCode());
        JsonNode answer = resolve(operation.path("responses").get(status));
        if (answer == null) {
            throw new AssertionError(method + " " + uri.getPath() + " answered " + status + ", which the description"
                    + " of " + method + " " + template + " does not list: " + response.body());
        }
        exercised.add(method + " " + template);
        List<String> problems = new ArrayList<>();
        answer.path("headers").properties().forEach(header -> {
            if (header.getValue().path("required").asBoolean() && response.headers().firstValue(header.getKey()).isEmpty()) {
                problems.add("header " + header.getKey() + " is missing");
            }
        });
        JsonNode content = answer.path("content").path("application/json");
        if (!content.isMissingNode()) {
            String type = response.headers().firstValue("Content-Type").orElse("");
            if (!type.startsWith("application/json")) {
                problems.add("Content-Type is '" + type + "', not application/json");
            } else {
                problems.addAll(validate(pointer(answer, operation, template, method, status), response.body()));
            }
        }
        if (response.statusCode() < 300 && requestBody != null) {
            String mediaType = contentType.split(";")[0].trim();
            JsonNode requestSchema = operation.path("requestBody").path("content").path(mediaType);
            if (requestSchema.isMissingNode()) {
                problems.add("a " + mediaType + " body was accepted but the description has none");
            } else if (mediaType.equals("application/json")) {
                problems.addAll(validate("#" + path("paths", template, method.toLowerCase(), "requestBody", "content",
                        "application/json", "schema"), requestBody).stream().map(p -> "request: " + p).toList());
            }
        }
        if (!problems.isEmpty()) {
            throw new AssertionError(method + " " + uri + " → " + status + " breaks the OpenAPI description:\n  "
                    + String.join("\n  ", problems) + "\nbody: " + response.body());
        }
    }

    /** Where the response's schema sits in the document, following a {@code $ref} to a shared response. */
    private String pointer(JsonNode answer, JsonNode operation, String template, String method, String status) {
        JsonNode direct = operation.path("responses").get(status);
        String base = direct.has("$ref") ? direct.get("$ref").asText()
                : "#" + path("paths", template, method.toLowerCase(), "responses", status);
        return base + path("content", "application/json", "schema");
    }

    private List<String> validate(String pointer, String json) {
        Schema schema = schemas.getSchema(SchemaLocation.of(DOCUMENT + pointer));
        return schema.validate(json, InputFormat.JSON).stream().map(Error::toString).toList();
    }

    private JsonNode resolve(JsonNode node) {
        if (node == null || !node.has("$ref")) {
            return node;
        }
        JsonNode target = description;
        for (String part : node.get("$ref").asText().substring(2).split("/")) {
            target = target.get(part.replace("~1", "/").replace("~0", "~"));
        }
        return target;
    }

    /** The described path template that a concrete path matches, or the path itself. */
    String template(String path) {
        for (Iterator<String> templates = description.get("paths").fieldNames(); templates.hasNext(); ) {
            String template = templates.next();
            if (path.matches(template.replaceAll("\\{[^/]+}", "[^/]+").replace(".", "\\."))) {
                return template;
            }
        }
        throw new AssertionError("no path of app/src/main/resources/api/openapi.json matches " + path
                + ": describe the endpoint there");
    }

    private static String path(String... parts) {
        StringBuilder pointer = new StringBuilder();
        for (String part : parts) {
            pointer.append('/').append(part.replace("~", "~0").replace("/", "~1"));
        }
        return pointer.toString();
    }
}
