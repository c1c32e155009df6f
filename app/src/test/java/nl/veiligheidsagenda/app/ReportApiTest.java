package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.security.Person;
import nl.veiligheidsagenda.app.security.Role;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The "done when", through the JSON API of a freshly started app: the admin enters a few figures, opens the
 * draft, publishes edition 1, changes a figure, publishes edition 2; both editions then download byte for byte as
 * published, with the SHA-256 the list states; a reader downloads but cannot publish.
 */
class ReportApiTest {

    static final int YEAR = 2023;
    static final String POLICE = "digitaal.misdrijven-cybercrime-gedigitaliseerd";
    static final String GOAL = "Digitale criminaliteit daalt ten opzichte van de voorgaande periode";
    static final ObjectMapper JSON = new ObjectMapper();
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    static Path data;

    private static RunningApp app;
    private static String readerToken;

    @BeforeAll
    static void start() {
        app = RunningApp.start(data);
        Person reader = app.createPerson("raadslid", "alleen-lezen-in-de-raad-3", Role.VIEWER, Set.of());
        readerToken = app.security().tokens().create(RunningApp.TEST_ADMIN, reader.id(), "lezen").secret();
    }

    @AfterAll
    static void stop() {
        app.close();
    }

    private static HttpResponse<byte[]> send(String method, String path, String body, String authorization)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(app.url(path)))
                .header("Authorization", authorization)
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String admin() {
        return "Basic " + Base64.getEncoder().encodeToString(("admin:" + RunningApp.ADMIN_PASSWORD)
                .getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] ok(HttpResponse<byte[]> response) {
        assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.UTF_8)).isEqualTo(200);
        return response.body();
    }

    private static void enter(String series, String value) throws Exception {
        ok(send("PUT", "api/v1/indicators/" + POLICE + "/series/" + series + "/values/" + YEAR,
                "{\"value\": " + value + ", \"status\": \"final\", \"source\": \"Politie, 2024-03\"}", admin()));
    }

    private static String pdfText(byte[] pdf) throws Exception {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
        }
    }

    private static String sha256(byte[] bytes) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    }

    @Test
    void twoEditionsDownloadAsPublishedAfterAFigureChanged() throws Exception {
        enter("cybercrime", "0.7");
        enter("gedigitaliseerde-criminaliteit", "5.1");

        HttpResponse<byte[]> draft = send("GET", "api/v1/reports/" + YEAR + ".pdf", null, "Bearer " + readerToken);
        assertThat(draft.headers().firstValue("Content-Type")).hasValue("application/pdf");
        assertThat(pdfText(ok(draft))).contains("CONCEPT", GOAL, "0,7");

        assertThat(send("POST", "api/v1/reports/" + YEAR + "/editions", "{}", "Bearer " + readerToken)
                .statusCode()).isEqualTo(403);
        JsonNode first = JSON.readTree(ok(send("POST", "api/v1/reports/" + YEAR + "/editions", "{}", admin())));
        assertThat(first.get("edition").asInt()).isEqualTo(1);
        assertThat(first.get("replaces").isNull()).isTrue();
        Map<String, byte[]> firstFiles = download(first);

        enter("cybercrime", "0.9");
        JsonNode second = JSON.readTree(ok(send("POST", "api/v1/reports/" + YEAR + "/editions", "{}", admin())));
        assertThat(second.get("edition").asInt()).isEqualTo(2);
        assertThat(second.get("replaces").asInt()).isEqualTo(1);

        JsonNode list = JSON.readTree(ok(send("GET", "api/v1/reports/" + YEAR + "/editions", null,
                "Bearer " + readerToken)));
        assertThat(list.get("editions")).hasSize(2);
        Map<String, byte[]> firstAgain = download(list.get("editions").get(0));
        assertThat(firstAgain.keySet()).containsExactly("pdf", "html", "csv", "ods", "xlsx");
        firstFiles.forEach((format, bytes) -> assertThat(firstAgain.get(format)).as(format).isEqualTo(bytes));
        Map<String, byte[]> secondFiles = download(list.get("editions").get(1));

        String firstPdf = pdfText(firstAgain.get("pdf"));
        String secondPdf = pdfText(secondFiles.get("pdf"));
        assertThat(firstPdf).doesNotContain("CONCEPT").contains("Editie 1", "0,7").doesNotContain("0,9");
        assertThat(secondPdf).contains("Editie 2, vervangt editie 1", "0,9");
        assertThat(new String(firstAgain.get("csv"), StandardCharsets.UTF_8)).contains(";0,7;");
        assertThat(new String(secondFiles.get("csv"), StandardCharsets.UTF_8)).contains(";0,9;");
    }

    /** Every file of an edition as the reader downloads it, each checked against the SHA-256 the API states. */
    private static Map<String, byte[]> download(JsonNode edition) throws Exception {
        Map<String, byte[]> files = new LinkedHashMap<>();
        for (JsonNode file : edition.get("files")) {
            byte[] bytes = ok(send("GET", file.get("href").asText().substring(1), null, "Bearer " + readerToken));
            assertThat(sha256(bytes)).as(file.get("href").asText()).isEqualTo(file.get("sha256").asText());
            assertThat(bytes.length).isEqualTo(file.get("size").asInt());
            files.put(file.get("format").asText(), bytes);
        }
        return files;
    }
}
