package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.config.Settings;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.ImportedFigures;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.PlanPeriod;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.imports.formats.Reason;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.plugins.PluginLoader;
import nl.veiligheidsagenda.app.security.AccessDeniedException;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.JdbcAuditStore;
import nl.veiligheidsagenda.app.testdb.TestDatabase;
import nl.veiligheidsagenda.app.themes.JdbcThemeSettingsStore;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.PlanDescription;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.EnumSource;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Imports on each real database (H2 file, PostgreSQL) with the five real theme plugins and the hand-built fixtures:
 * what a preview shows, what an apply stores (all or nothing), provisional and final, rights and the history.
 */
@ParameterizedClass
@EnumSource(TestDatabase.class)
class ImportServiceTest {

    static final Actor ADMIN = Actor.admin("beheerder");
    static final Actor WIJKEN_OWNER = Actor.owner("eigenaar-wijken", Set.of("wijken"));
    static final Actor DIGITAAL_OWNER = Actor.owner("eigenaar-digitaal", Set.of("digitaal"));
    static final String HIC = "wijken.geregistreerde-high-impact-crimes";
    static final String SSSTOP = "wijken.meldingen-straatintimidatie-ssstop";

    @Parameter
    TestDatabase database;

    @TempDir
    Path data;

    private Database db;
    private AuditLog audit;
    private FigureService figures;
    private DenominatorService denominators;
    private ImportService imports;
    private Uploads uploads;
    private final AtomicInteger applied = new AtomicInteger();

    @BeforeEach
    void open() {
        Settings settings = database.settings(data);
        db = Database.open(settings);
        audit = new AuditLog(new JdbcAuditStore(db.dataSource()), Clock.systemUTC());
        ThemeService themes = new ThemeService(PluginLoader.discover(settings.pluginDirectory()), settings,
                new JdbcThemeSettingsStore(db.dataSource()), audit);
        Clock june2024 = Clock.fixed(Instant.parse("2024-06-01T10:00:00Z"), ZoneId.of("Europe/Amsterdam"));
        PlanCalendar calendar = new PlanCalendar(new PlanPeriod(2023, 2026), june2024);
        JdbcFigureStore store = new JdbcFigureStore(db.dataSource());
        figures = new FigureService(themes, store, calendar, audit);
        denominators = new DenominatorService(store, calendar.period(), audit);
        imports = new ImportService(themes, figures, denominators, new JdbcImportStore(db.dataSource()), audit,
                calendar, new PlanDescription.Municipality("Almere", "GM0034"), (succeeded, stored) -> {
                    if (succeeded) {
                        applied.incrementAndGet();
                    }
                });
        uploads = new Uploads(data.resolve("uploads"), Uploads.DEFAULT_MAX_BYTES);
    }

    @AfterEach
    void close() {
        db.close();
    }

    private void denominators(int... years) {
        for (int year : years) {
            denominators.enterDenominator(ADMIN, year, Denominator.RESIDENTS, 200_000, null);
            denominators.enterDenominator(ADMIN, year, Denominator.DWELLINGS, 80_000, null);
        }
    }

    private List<ImportFile> files(String... fixtures) throws IOException, Uploads.TooLargeException {
        List<ImportFile> files = new ArrayList<>();
        for (String fixture : fixtures) {
            try (InputStream in = getClass().getResourceAsStream("/nl/veiligheidsagenda/app/imports/fixtures/"
                    + fixture)) {
                files.add(uploads.store(fixture, in));
            }
        }
        return files;
    }

    private ImportResult preview(Actor actor, String... fixtures) throws Exception {
        return imports.preview(actor, files(fixtures), ImportService.Options.DEFAULT, row -> { }, Progress.NONE);
    }

    private ImportResult apply(Actor actor, ImportService.Options options, String... fixtures) throws Exception {
        return imports.apply(actor, files(fixtures), options, row -> { }, Progress.NONE);
    }

    private Optional<StoredFigure> stored(String indicator, String series, int year) {
        return figures.figuresInAllAreas(List.of(indicator)).stream().filter(figure -> figure.seriesId()
                .equals(series) && figure.year() == year && figure.area().equals(StoredFigure.MUNICIPALITY))
                .findFirst();
    }

    private static List<String> rows(ImportResult result, Outcome outcome) {
        return result.rows().stream().filter(row -> row.outcome() == outcome)
                .map(row -> row.position() + " " + row.target() + " " + row.area() + " " + row.year() + " "
                        + (row.reason() == null ? "" : row.reason().key())).toList();
    }

    @Test
    void aPreviewOfPoliceFiguresShowsEveryRecordAndStoresNothing() throws Exception {
        denominators(2021, 2022, 2023);

        ImportResult result = preview(WIJKEN_OWNER, "47018NED-v3-two-pages.json");

        assertThat(result.refusal()).isNull();
        assertThat(result.formats()).containsExactly("CBS_ODATA_V3");
        assertThat(rows(result, Outcome.NEW)).containsExactly(
                "1 " + HIC + "/woninginbraken gemeente 2021 ", "2 " + HIC + "/woninginbraken gemeente 2022 ",
                "3 " + HIC + "/woninginbraken gemeente 2023 ", "4 " + HIC + "/straatroven gemeente 2021 ",
                "5 " + HIC + "/straatroven gemeente 2022 ",
                "7 wijken.geregistreerde-veelvoorkomende-misdrijven/winkeldiefstallen gemeente 2021 ",
                "8 wijken.geregistreerde-veelvoorkomende-misdrijven/winkeldiefstallen gemeente 2022 ",
                "9 wijken.geregistreerde-veelvoorkomende-misdrijven/winkeldiefstallen gemeente 2023 ");
        assertThat(rows(result, Outcome.SKIPPED)).containsExactly(
                "6 " + HIC + "/straatroven gemeente 2023 skip.no-value",
                "11 47018NED GeregistreerdeMisdrijven_1, SoortMisdrijf=1.1.1 GM0363 2022 skip.other-region",
                "10 " + HIC + "/woninginbraken WK003401 2022 skip.district-rate");
        ImportRow first = result.rows().stream().filter(row -> row.outcome() == Outcome.NEW).findFirst()
                .orElseThrow();
        assertThat(first.after().toString()).as("412 per 80,000 dwellings").isEqualTo("5.15 (aantal 412) final");
        assertThat(result.rows().stream().filter(row -> row.position() == 3).findFirst().orElseThrow().after()
                .toString()).endsWith("provisional");
        assertThat(stored(HIC, "woninginbraken", 2021)).isEmpty();
        assertThat(applied).hasValue(0);
    }

    @Test
    void anApplyStoresAllFiguresInOneGoAndIsAuditedWithTheFilesHash() throws Exception {
        denominators(2021, 2022, 2023);

        ImportResult result = apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "47018NED-v3-two-pages.json");

        assertThat(result.applied()).isTrue();
        assertThat(result.count(Outcome.NEW)).isEqualTo(8);
        StoredFigure burglaries = stored(HIC, "woninginbraken", 2021).orElseThrow();
        assertThat(burglaries.value()).isEqualByComparingTo("5.15");
        assertThat(burglaries.rawCount()).isEqualTo(412);
        assertThat(burglaries.population()).isEqualTo(80_000);
        assertThat(burglaries.status()).isEqualTo(FigureStatus.FINAL);
        assertThat(burglaries.enteredBy()).isEqualTo("eigenaar-wijken");
        assertThat(burglaries.sourceNote()).contains("47018NED");
        assertThat(stored(HIC, "woninginbraken", 2023).orElseThrow().status()).isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(applied).hasValue(1);
        ImportRecord history = imports.history(ADMIN, 10).getFirst();
        assertThat(history.outcome()).isEqualTo(ImportRecord.APPLIED);
        assertThat(history.runBy()).isEqualTo("eigenaar-wijken");
        assertThat(history.counts()).containsEntry(Outcome.NEW, 8L).containsEntry(Outcome.SKIPPED, 3L);
        assertThat(history.files()).singleElement().satisfies(file -> {
            assertThat(file.name()).isEqualTo("47018NED-v3-two-pages.json");
            assertThat(file.sha256()).hasSize(64);
        });
        AuditEntry entry = audit.search(ADMIN, AuditLog.Query.latest(20)).stream()
                .filter(candidate -> candidate.action().equals("import.apply")).findFirst().orElseThrow();
        assertThat(entry.detail()).contains("47018NED-v3-two-pages.json", history.files().getFirst().sha256(),
                "new 8");

        ImportResult again = apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "47018NED-v3-two-pages.json");

        assertThat(again.count(Outcome.UNCHANGED)).isEqualTo(8);
        assertThat(again.count(Outcome.NEW)).isZero();
    }

    @Test
    void aFinalFigureReplacesAProvisionalOneButNotTheOtherWayRoundUnlessChosen() throws Exception {
        denominators(2023);
        apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "47018NED-v3-2023-provisional.json");
        assertThat(stored(HIC, "woninginbraken", 2023).orElseThrow().status()).isEqualTo(FigureStatus.PROVISIONAL);

        ImportResult finalFigure = apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "47018NED-v3-2023-final.json");

        assertThat(rows(finalFigure, Outcome.CHANGED)).hasSize(1);
        assertThat(finalFigure.rows().getFirst().before().toString()).isEqualTo("4.71 (aantal 377) provisional");
        assertThat(stored(HIC, "woninginbraken", 2023).orElseThrow().rawCount()).isEqualTo(381);

        ImportResult provisionalAgain = apply(WIJKEN_OWNER, ImportService.Options.DEFAULT,
                "47018NED-v3-2023-provisional.json");

        assertThat(rows(provisionalAgain, Outcome.SKIPPED)).containsExactly(
                "1 " + HIC + "/woninginbraken gemeente 2023 skip.final-kept");
        assertThat(stored(HIC, "woninginbraken", 2023).orElseThrow().status()).isEqualTo(FigureStatus.FINAL);

        ImportResult chosen = apply(WIJKEN_OWNER, new ImportService.Options(true), "47018NED-v3-2023-provisional.json");

        assertThat(chosen.count(Outcome.CHANGED)).isEqualTo(1);
        assertThat(stored(HIC, "woninginbraken", 2023).orElseThrow().status()).isEqualTo(FigureStatus.PROVISIONAL);
        assertThat(figures.figureHistory(HIC, "woninginbraken", 2023)).hasSize(2);
    }

    @Test
    void aTemplateWithARefusedRowStoresNothingAndSaysWhyPerLine() throws Exception {
        ImportResult result = apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "template-duplicates-and-errors.csv");

        assertThat(result.applied()).isFalse();
        assertThat(result.refusal().key()).isEqualTo("refusal.rows");
        assertThat(rows(result, Outcome.REFUSED)).containsExactlyInAnyOrder(
                "6 wijken.onbekend/totaal GM0034 2023 refuse.unknown-series",
                "7 " + SSSTOP + "/totaal GM0363 2023 refuse.other-region",
                "8 " + SSSTOP + "/totaal GM0034 2023 refuse.value-unreadable",
                "4 " + SSSTOP + "/totaal gemeente 2024 refuse.conflict",
                "5 " + SSSTOP + "/totaal gemeente 2024 refuse.conflict");
        assertThat(rows(result, Outcome.SKIPPED)).containsExactly(
                "3 " + SSSTOP + "/totaal gemeente 2023 skip.duplicate");
        assertThat(rows(result, Outcome.NEW)).containsExactly("2 " + SSSTOP + "/totaal gemeente 2023 ");
        assertThat(stored(SSSTOP, "totaal", 2023)).as("all or nothing").isEmpty();
        assertThat(imports.history(ADMIN, 1).getFirst().outcome()).isEqualTo(ImportRecord.REFUSED);
        assertThat(applied).hasValue(0);
    }

    @Test
    void ourTemplateImportsTheMunicipalitysOwnFiguresWithValuesAndCounts() throws Exception {
        denominators(2023);

        ImportResult result = apply(ADMIN, ImportService.Options.DEFAULT, "template-own-figures.csv");

        assertThat(result.applied()).isTrue();
        assertThat(result.count(Outcome.NEW)).isEqualTo(3);
        assertThat(stored(SSSTOP, "totaal", 2023).orElseThrow().value()).isEqualByComparingTo("0.25");
        StoredFigure mma = stored("ondermijning.meldingen-meld-misdaad-anoniem", "totaal", 2023).orElseThrow();
        assertThat(mma.value()).isEqualByComparingTo("0.70");
        assertThat(mma.sourceNote()).isEqualTo("Meld Misdaad Anoniem, jaaroverzicht 2023");
    }

    @Test
    void anOwnerImportsOnlyTheirOwnThemesFiguresAndAViewerNothing() throws Exception {
        denominators(2021, 2022, 2023);

        ImportResult result = apply(DIGITAAL_OWNER, ImportService.Options.DEFAULT, "47018NED-v3-two-pages.json");

        assertThat(result.applied()).isFalse();
        assertThat(rows(result, Outcome.REFUSED)).hasSize(9).allMatch(row -> row.endsWith("refuse.no-rights"));
        assertThat(stored(HIC, "woninginbraken", 2021)).isEmpty();
        assertThatThrownBy(() -> preview(Actor.viewer("lezer"), "47018NED-v3-two-pages.json"))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void populationFromTheV4LongFormatBecomesDenominatorsWithYoungPeopleSummedOverTheirAges() throws Exception {
        ImportResult result = apply(ADMIN, ImportService.Options.DEFAULT, "03759ned-v4-observations.json");

        assertThat(result.applied()).isTrue();
        assertThat(rows(result, Outcome.NEW)).containsExactlyInAnyOrder(
                "1 noemer:RESIDENTS gemeente 2022 ", "2 noemer:RESIDENTS gemeente 2023 ",
                "3 noemer:YOUNG_PEOPLE_12_24 gemeente 2023 ");
        assertThat(rows(result, Outcome.SKIPPED)).containsExactly("16 noemer:RESIDENTS gemeente 2021 skip.no-value");
        assertThat(denominators.denominators()).extracting(row -> row.kind() + " " + row.year() + " "
                + row.population()).containsExactlyInAnyOrder("RESIDENTS 2022 218096", "RESIDENTS 2023 222825",
                "YOUNG_PEOPLE_12_24 2023 40892");
        assertThat(rows(apply(WIJKEN_OWNER, ImportService.Options.DEFAULT, "03759ned-v4-observations.json"),
                Outcome.REFUSED)).allMatch(row -> row.endsWith("refuse.denominator-admin"));
    }

    @Test
    void quartersAreRefusedAnotherRegionAndAnUnknownMeasureAreSkipped() throws Exception {
        assertThat(rows(preview(ADMIN, "47018NED-v3-quarters.json"), Outcome.REFUSED)).containsExactly(
                "1 47018NED GeregistreerdeMisdrijven_1, SoortMisdrijf=1.1.1 gemeente 2022 refuse.not-a-year",
                "2 47018NED GeregistreerdeMisdrijven_1, SoortMisdrijf=1.1.1 gemeente 2022 refuse.not-a-year");
        ImportResult amsterdam = preview(ADMIN, "47018NED-v3-wrong-region.json");
        assertThat(amsterdam.writes()).isZero();
        assertThat(amsterdam.rows().getFirst().reason()).isEqualTo(Reason.of("skip.other-region", "GM0363",
                "GM0034 (Almere)"));
        assertThat(rows(preview(ADMIN, "47018NED-v3-unknown-measure.json"), Outcome.SKIPPED)).containsExactly(
                "1 47018NED OpgehelderdeMisdrijven_9, SoortMisdrijf=1.1.1  2022 skip.not-mapped");
    }

    @Test
    void aFileNoFormatReadsIsRefusedWholeAndRecorded() throws Exception {
        ImportResult result = apply(ADMIN, ImportService.Options.DEFAULT, "spreadsheet.xlsx");

        assertThat(result.applied()).isFalse();
        assertThat(result.refusal()).isEqualTo(Reason.of("file.zip"));
        assertThat(ImportTexts.dutch(result.refusal())).contains("Excel");
        assertThat(imports.history(ADMIN, 1).getFirst().detail()).contains("Excel", "spreadsheet.xlsx");
    }

    @Test
    void aFigureChangedMeanwhileFailsTheWholeBatchAndStoresNone() {
        figures.enterFigure(WIJKEN_OWNER, new FigureInput(SSSTOP, "totaal", 2023, new BigDecimal("0.3"), null,
                FigureStatus.FINAL, "hand", 0));
        StoredFigure changed = new StoredFigure(SSSTOP, "totaal", StoredFigure.MUNICIPALITY, 2023,
                new BigDecimal("0.4"), null, null, FigureStatus.FINAL, "import", "beheerder", java.time.OffsetDateTime.now(), 0);
        StoredFigure fresh = new StoredFigure(SSSTOP, "totaal", StoredFigure.MUNICIPALITY, 2024,
                new BigDecimal("0.5"), null, null, FigureStatus.FINAL, "import", "beheerder", java.time.OffsetDateTime.now(), 0);
        ImportedFigures batch = ImportedFigures.builder().figure(fresh, 0).figure(changed, 7).build();

        assertThatThrownBy(() -> figures.storeImported(ADMIN, batch)).isInstanceOf(ConflictException.class);
        assertThat(stored(SSSTOP, "totaal", 2024)).isEmpty();
        assertThat(stored(SSSTOP, "totaal", 2023).orElseThrow().value()).isEqualByComparingTo("0.3");
    }

    @Test
    void uploadsAreBoundedAndTheirNamesAreOnlyText() throws Exception {
        Uploads small = new Uploads(data.resolve("small"), 10);
        assertThatThrownBy(() -> small.store("big.csv", InputStream.nullInputStream().readAllBytes().length == 0
                ? new java.io.ByteArrayInputStream(new byte[11]) : null))
                .isInstanceOfSatisfying(Uploads.TooLargeException.class, e ->
                        assertThat(e.reason().key()).isEqualTo("file.too-large"));
        try (var listing = Files.list(data.resolve("small"))) {
            assertThat(listing).as("a refused upload leaves no file").isEmpty();
        }
        ImportFile file = uploads.store("../../etc/passwd\u0000<script>", new java.io.ByteArrayInputStream(new byte[1]));
        assertThat(file.path().getParent()).isEqualTo(data.resolve("uploads"));
        assertThat(file.name()).isEqualTo("../../etc/passwd<script>");
        Path kept = Files.writeString(data.resolve("uploads").resolve("notities.txt"), "blijft");
        uploads.clean();
        assertThat(file.path()).as("left over from an earlier run").doesNotExist();
        assertThat(kept).exists();
    }
}
