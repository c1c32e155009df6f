package nl.veiligheidsagenda.app.imports.formats;

import com.code_intelligence.jazzer.junit.FuzzTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fuzzes every reader of the import with Jazzer: arbitrary bytes as a whole file (format detection and whichever
 * reader it picks), and bytes behind each format's own opening, so the fuzzer gets past detection at once. For
 * every input: the reader either reads it or refuses it with a reason ({@link UnreadableFileException}); any other
 * exception, a hang or unbounded memory is a finding. What it reads must make sense: positions from 1, years of
 * four digits, no absurd numbers, bounded texts.
 * <p>The normal test run replays the regression corpus in {@code src/test/resources/nl/veiligheidsagenda/app/
 * imports/formats/ImportFuzzTestInputs/<test>/} (seconds). The long profile fuzzes each target with coverage
 * feedback: {@code bin/fuzz-imports} (see the README).
 */
class ImportFuzzTest {

    private static Path file;

    @BeforeAll
    static void file() throws IOException {
        file = Files.createTempFile("import-fuzz", ".bin");
    }

    @AfterAll
    static void delete() throws IOException {
        Files.deleteIfExists(file);
    }

    @FuzzTest(maxDuration = "5m")
    void anyFile(byte[] data) throws IOException {
        read(data);
    }

    @FuzzTest(maxDuration = "5m")
    void odataV3(byte[] data) throws IOException {
        read(concat("{\"odata.metadata\":\"https://opendata.cbs.nl/ODataApi/OData/83648NED/$metadata#Cbs.OData.WebAPI"
                + ".TypedDataSet\",\"value\":[", data));
    }

    @FuzzTest(maxDuration = "5m")
    void odataV4(byte[] data) throws IOException {
        read(concat("{\"@odata.context\":\"https://odata4.cbs.nl/CBS/03759ned/$metadata#Observations\",\"value\":[",
                data));
    }

    @FuzzTest(maxDuration = "5m")
    void statLineCsv(byte[] data) throws IOException {
        read(concat("\"Soort misdrijf\";\"Regio's\";\"Perioden\";\"Geregistreerde misdrijven (aantal)\"\r\n", data));
    }

    @FuzzTest(maxDuration = "5m")
    void templateCsv(byte[] data) throws IOException {
        read(concat("indicator_id;series_id;area;year;value;count;status;source\n", data));
    }

    private static byte[] concat(String head, byte[] data) {
        byte[] start = head.getBytes(StandardCharsets.UTF_8);
        byte[] all = new byte[start.length + data.length];
        System.arraycopy(start, 0, all, 0, start.length);
        System.arraycopy(data, 0, all, start.length, data.length);
        return all;
    }

    private static void read(byte[] data) throws IOException {
        Files.write(file, data);
        Checked checked = new Checked();
        try {
            FileReader.read(file, "fuzz.bin", checked);
        } catch (UnreadableFileException e) {
            assertThat(e.reason().key()).startsWith("file.");
        }
    }

    /** Checks every record a reader hands over. */
    private static final class Checked implements RecordHandler {

        @Override
        public void observation(Observation observation) {
            assertThat(observation.position()).isPositive();
            assertThat(observation.period().year()).isBetween(0, 9999);
            assertThat(observation.measure().length() + observation.region().length())
                    .isLessThanOrEqualTo(2 * TextInput.MAX_RECORD);
            BigDecimal value = observation.value();
            assertThat(value == null ? observation.missing() : value).isNotNull();
            if (value != null) {
                assertThat(Numbers.isSane(value)).as(value.toString()).isTrue();
            }
        }

        @Override
        public void templateRow(TemplateRow row) {
            assertThat(row.line()).isPositive();
            assertThat(row.indicatorId().length() + row.source().length()).isLessThanOrEqualTo(2 * TextInput.MAX_RECORD);
        }

        @Override
        public void problem(long position, Reason reason) {
            assertThat(reason.key()).doesNotStartWith("file.");
        }
    }
}
