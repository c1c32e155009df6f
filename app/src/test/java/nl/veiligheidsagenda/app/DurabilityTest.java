package nl.veiligheidsagenda.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A save that was acknowledged survives {@code kill -9}: figures are saved one after another through the API
 * while the app's JVM is killed hard; after a restart on the same database every figure answered with 200 is
 * there, with its value.
 */
class DurabilityTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int ACKNOWLEDGED_BEFORE_KILL = 40;

    @TempDir
    Path data;

    private record Figure(String indicator, String series, int year, BigDecimal value) {

        String path() {
            return "api/v1/indicators/" + indicator + "/series/" + series + "/values/" + year;
        }
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void everyAcknowledgedSaveSurvivesKillMinus9(TestDatabase database) throws Exception {
        Map<String, String> environment = database.environment(data);
        List<Figure> acknowledged = new CopyOnWriteArrayList<>();
        try (ChildApp app = ChildApp.start(environment)) {
            List<Figure> figures = figuresToSave(app);
            CountDownLatch enough = new CountDownLatch(ACKNOWLEDGED_BEFORE_KILL);
            Thread saver = new Thread(() -> {
                for (Figure figure : figures) {
                    try {
                        HttpResponse<String> response = app.send(app.request(figure.path())
                                .header("Content-Type", "application/json")
                                .PUT(HttpRequest.BodyPublishers.ofString("{\"value\": " + figure.value()
                                        + ", \"status\": \"final\", \"source\": \"duurzaamheidstest\"}")));
                        if (response.statusCode() == 200) {
                            acknowledged.add(figure);
                            enough.countDown();
                        }
                    } catch (IOException | InterruptedException e) {
                        return; // the app is gone: whatever was in flight was not acknowledged
                    }
                }
            }, "saver");
            saver.start();
            assertThat(enough.await(120, TimeUnit.SECONDS)).as("%s figures saved before the kill; app output:%n%s",
                    acknowledged.size(), app.output()).isTrue();
            app.kill(); // while the saver goes on
            saver.join(30_000);
        }
        assertThat(acknowledged).hasSizeGreaterThanOrEqualTo(ACKNOWLEDGED_BEFORE_KILL);

        try (ChildApp restarted = ChildApp.start(environment)) {
            List<Figure> missing = new ArrayList<>(acknowledged);
            for (String indicator : acknowledged.stream().map(Figure::indicator).distinct().toList()) {
                JsonNode values = JSON.readTree(restarted.send(restarted.request("api/v1/indicators/" + indicator
                        + "/values").GET()).body()).get("values");
                for (JsonNode value : values) {
                    missing.remove(new Figure(indicator, value.get("seriesId").asText(), value.get("year").asInt(),
                            value.get("value").decimalValue().stripTrailingZeros()));
                }
            }
            assertThat(missing).as("acknowledged figures lost after kill -9 on %s (of %s acknowledged)", database,
                    acknowledged.size()).isEmpty();
        }
    }

    /** Every series of every indicator, for each year of the plan: more than the saver gets through. */
    private static List<Figure> figuresToSave(ChildApp app) throws IOException, InterruptedException {
        JsonNode catalogue = JSON.readTree(app.send(app.request("api/v1/catalogue").GET()).body());
        List<Figure> figures = new ArrayList<>();
        int n = 0;
        for (int year = 2023; year <= 2026; year++) {
            for (JsonNode indicator : catalogue.findValues("indicators")) {
                for (JsonNode each : indicator) {
                    for (JsonNode series : each.get("series")) {
                        figures.add(new Figure(each.get("id").asText(), series.get("id").asText(), year,
                                new BigDecimal(1 + (n++ % 50)).movePointLeft(1).stripTrailingZeros()));
                    }
                }
            }
        }
        return figures;
    }
}
