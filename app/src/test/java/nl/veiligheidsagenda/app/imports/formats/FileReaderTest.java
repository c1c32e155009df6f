package nl.veiligheidsagenda.app.imports.formats;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static nl.veiligheidsagenda.app.imports.formats.Collected.fixture;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class FileReaderTest {

    @TempDir
    Path temp;

    @Test
    void odataV3PagesAreReadAcrossThePageBoundaryWithPaddedKeysTrimmedAndStatusesFromThePeriodList() throws Exception {
        Collected file = Collected.read(fixture("47018NED-v3-two-pages.json"));

        assertThat(file.format).isEqualTo(FileFormat.CBS_ODATA_V3);
        assertThat(file.observations).hasSize(11);
        assertThat(file.observations).extracting(Observation::position)
                .containsExactly(1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L, 11L);
        Observation first = file.observations.getFirst();
        assertThat(first.table()).isEqualTo("47018NED");
        assertThat(first.region()).isEqualTo("GM0034");
        assertThat(first.dimensions()).containsExactly(java.util.Map.entry("SoortMisdrijf", "1.1.1"));
        assertThat(first.measure()).isEqualTo("GeregistreerdeMisdrijven_1");
        assertThat(first.period().year()).isEqualTo(2021);
        assertThat(first.period().isYear()).isTrue();
        assertThat(first.status()).isEqualTo(PeriodStatus.FINAL);
        assertThat(first.value()).isEqualByComparingTo("412");
        Observation provisional = file.observations.get(2);
        assertThat(provisional.status()).isEqualTo(PeriodStatus.PROVISIONAL);
        Observation missing = file.observations.get(5);
        assertThat(missing.value()).as("null means missing, never 0").isNull();
        assertThat(missing.missing()).isEqualTo(Reason.of("value.null"));
        assertThat(file.observations.get(6).period().year()).as("first record of the second page").isEqualTo(2021);
        assertThat(file.problems).isEmpty();
    }

    @Test
    void withoutAPeriodListTheStatusIsUnknown() throws Exception {
        Collected file = Collected.read(fixture("47018NED-v3-page2.json"));

        assertThat(file.observations).extracting(Observation::status).containsOnly(PeriodStatus.UNKNOWN);
    }

    @Test
    void quartersAndMonthsAreReadAsPeriodsThatAreNotYears() throws Exception {
        Collected file = Collected.read(fixture("47018NED-v3-quarters.json"));

        assertThat(file.observations).extracting(observation -> observation.period().isYear())
                .containsExactly(false, false);
        assertThat(file.observations).extracting(observation -> observation.period().text())
                .containsExactly("2022KW01", "2022MM02");
    }

    @Test
    void odataV4LongFormatGivesOneObservationPerRowWithItsValueAttribute() throws Exception {
        Collected file = Collected.read(fixture("03759ned-v4-observations.json"));

        assertThat(file.format).isEqualTo(FileFormat.CBS_ODATA_V4);
        assertThat(file.observations).hasSize(16);
        Observation total = file.observations.getFirst();
        assertThat(total.table()).isEqualTo("03759NED");
        assertThat(total.measure()).isEqualTo("M000352");
        assertThat(total.dimensions()).containsEntry("Leeftijd", "10000").containsEntry("Geslacht", "T001038")
                .doesNotContainKeys("Measure", "ValueAttribute", "RegioS", "Perioden");
        assertThat(total.status()).isEqualTo(PeriodStatus.FINAL);
        Observation secret = file.observations.getLast();
        assertThat(secret.value()).isNull();
        assertThat(secret.missing()).isEqualTo(Reason.of("value.attribute", "Confidential"));
    }

    @Test
    void statLineCsvWithBomCrlfSymbolsDecimalCommaProvisionalPeriodsAndTheLegend() throws Exception {
        Collected file = Collected.read(fixture("47018NED-statline.csv"));

        assertThat(file.format).isEqualTo(FileFormat.STATLINE_CSV);
        assertThat(file.observations).hasSize(18);
        Observation first = file.observations.getFirst();
        assertThat(first.position()).as("line number").isEqualTo(4);
        assertThat(first.table()).isEqualTo("47018NED");
        assertThat(first.region()).isEqualTo("Almere");
        assertThat(first.dimensions()).containsExactly(java.util.Map.entry("Soort misdrijf",
                "1.1.1 Diefstal/inbraak woning"));
        assertThat(first.measure()).isEqualTo("Geregistreerde misdrijven (aantal)");
        assertThat(first.value()).isEqualByComparingTo("412");
        assertThat(first.status()).isEqualTo(PeriodStatus.FINAL);
        assertThat(file.observations.get(1).value()).isEqualByComparingTo(new BigDecimal("1.9"));
        assertThat(file.observations.get(5).status()).as("2023*").isEqualTo(PeriodStatus.PROVISIONAL);
        assertThat(file.observations.get(8).missing()).isEqualTo(Reason.of("symbol.secret"));
        assertThat(file.observations.get(10).missing()).isEqualTo(Reason.of("symbol.unknown"));
        assertThat(file.observations.get(12).value()).as("- is nil").isEqualByComparingTo("0");
        assertThat(file.observations.get(15).missing()).isEqualTo(Reason.of("symbol.legend", "?",
                "cijfer onbetrouwbaar"));
        assertThat(file.observations.get(16).missing()).isEqualTo(Reason.of("symbol.impossible"));
        assertThat(file.observations.getLast().position()).isEqualTo(12);
    }

    @Test
    void ourTemplateWithBomAndCrlfGivesTextFieldsByHeaderName() throws Exception {
        Collected file = Collected.read(fixture("template-own-figures.csv"));

        assertThat(file.format).isEqualTo(FileFormat.TEMPLATE_CSV);
        assertThat(file.rows).hasSize(3);
        TemplateRow first = file.rows.getFirst();
        assertThat(first.line()).isEqualTo(2);
        assertThat(first.indicatorId()).isEqualTo("ondermijning.meldingen-meld-misdaad-anoniem");
        assertThat(first.count()).isEqualTo("140");
        assertThat(first.value()).isEmpty();
        assertThat(file.rows.get(1).value()).isEqualTo("0,25");
        assertThat(file.rows.get(2).source()).isEqualTo("zorgcoördinator");
    }

    @Test
    void aStatLineCsvSeparatedByCommasUsesADecimalPoint() throws Exception {
        Path file = write("komma.csv", """
                "Soort misdrijf","Regio's","Perioden","Geregistreerde misdrijven per 1 000 inwoners"
                "Misdrijven, totaal","GM0034","2022","41.5"
                "Misdrijven, totaal","GM0034","2023","41,5"
                """);

        Collected read = Collected.read(file);

        assertThat(read.observations.getFirst().value()).isEqualByComparingTo("41.5");
        assertThat(read.observations.get(1).missing()).isEqualTo(Reason.of("value.wrong-decimal", "41,5", "."));
    }

    @Test
    void filesThatAreNoneOfTheFormatsAreRefusedWithWhatTheyLookLike() {
        assertThatThrownBy(() -> Collected.read(fixture("not-a-table.txt")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e ->
                        assertThat(e.reason().key()).isEqualTo("file.unknown-format"));
        assertThatThrownBy(() -> Collected.read(fixture("spreadsheet.xlsx")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e ->
                        assertThat(e.reason().key()).isEqualTo("file.zip"));
        assertThatThrownBy(() -> Collected.read(write("leeg.csv", "")))
                .isInstanceOfSatisfying(UnreadableFileException.class, e ->
                        assertThat(e.reason().key()).isEqualTo("file.empty"));
    }

    @Test
    void brokenJsonNamesWhereItBreaks() throws Exception {
        Path file = write("kapot.json", "{\"odata.metadata\": \"x/83648NED/$metadata\", \"value\": [{\"ID\": 0,}]}");

        assertThatThrownBy(() -> Collected.read(file)).isInstanceOfSatisfying(UnreadableFileException.class, e -> {
            assertThat(e.reason().key()).isEqualTo("file.odata.malformed");
            assertThat(e.reason().arguments()).containsExactly("1", "63", "1");
        });
    }

    @Test
    void absurdNumbersAreMissingValuesNotHugeDecimals() throws Exception {
        Path file = write("groot.json", "{\"value\": [{\"ID\": 0, \"RegioS\": \"GM0034\", \"Perioden\": \"2022JJ00\","
                + " \"A_1\": 1e999999999, \"B_2\": -1E-999999, \"C_3\": 1e99999999999}]}");

        Collected read = Collected.read(file);

        assertThat(read.observations).extracting(Observation::missing)
                .containsOnly(Reason.of("value.out-of-range"));
    }

    @Test
    void aRecordLongerThanTheLimitEndsTheFileWithItsLine() throws Exception {
        Path file = write("lang.csv", "indicator_id;series_id;area;year;value;status\nx;y;GM0034;2023;\""
                + "9".repeat(TextInput.MAX_RECORD + 10) + "\";definitief\n");

        assertThatThrownBy(() -> Collected.read(file)).isInstanceOfSatisfying(UnreadableFileException.class, e ->
                assertThat(e.reason()).isEqualTo(Reason.of("file.csv.record-too-long", 2, TextInput.MAX_RECORD)));
    }

    @Test
    void windows1252TextIsReadAsSuch() throws Exception {
        Path file = temp.resolve("excel.csv");
        Files.write(file, "indicator_id;series_id;area;year;value;status;source\nx;y;GM0034;2023;1;definitief;zorgcoördinator\n"
                .getBytes("windows-1252"));

        assertThat(Collected.read(file).rows.getFirst().source()).isEqualTo("zorgcoördinator");
    }

    @Test
    void periodsAndNumbers() {
        assertThat(Period.fromTitle("2022**").orElseThrow().status()).isEqualTo(PeriodStatus.REVISED_PROVISIONAL);
        assertThat(Period.fromTitle("2022 3e kwartaal").orElseThrow().isYear()).isFalse();
        assertThat(Period.fromCode("2022JJ00").orElseThrow().year()).isEqualTo(2022);
        assertThat(Period.fromCode("Totaal")).isEmpty();
        assertThat(Numbers.parse("13 190", ',')).contains(new BigDecimal("13190"));
        assertThat(Numbers.parse("1.234,5", ',')).isEmpty();
        assertThat(Numbers.parseEither("0,25")).contains(new BigDecimal("0.25"));
        assertThat(Numbers.parseEither("1,2.3")).isEmpty();
        assertThat(List.of(Names.normalise("Regio's"), Names.normalise("RegioS"))).containsOnly("regios");
    }

    private Path write(String name, String content) throws Exception {
        Path file = temp.resolve(name);
        Files.writeString(file, content, StandardCharsets.UTF_8);
        return file;
    }
}
