package nl.veiligheidsagenda.app.report;

import com.github.miachm.sods.Range;
import com.github.miachm.sods.Sheet;
import com.github.miachm.sods.SpreadSheet;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Bijlage 2's files, read back with a reader (SODS for ODS, fastexcel-reader for XLSX, plain parsing for CSV), hold
 * the data: one row per series of every indicator of the plan, the baseline and the year's value as numbers. The
 * expected rows come from the themes' catalogues and the sample's figures, not from what the writer was given.
 */
class AnnexExportsTest {

    private final ReportContent content = SampleReport.draft();

    /** theme, indicator, series, baseline, the year's value (null without a figure). */
    private record Expected(String theme, String indicator, String series, BigDecimal baseline, BigDecimal value) {
    }

    private static List<Expected> expected() {
        List<Expected> rows = new ArrayList<>();
        for (ThemePlugin theme : SampleReport.THEMES) {
            for (Goal goal : theme.catalogue().goals().toList()) {
                for (Indicator indicator : goal.indicators()) {
                    for (Series series : indicator.series()) {
                        BigDecimal baseline = series.baseline() == null ? null : series.baseline().value();
                        BigDecimal value = goal.id().equals(SampleReport.WITHOUT_FIGURES) ? null
                                : SampleReport.yearValue(baseline == null ? BigDecimal.TEN : baseline);
                        rows.add(new Expected(theme.descriptor().name(), indicator.name(), series.name(), baseline,
                                value));
                    }
                }
            }
        }
        return rows;
    }

    @Test
    void odsHoldsTheDataWithNumbersAsNumbers() throws Exception {
        SpreadSheet spreadsheet = new SpreadSheet(new ByteArrayInputStream(ReportFormat.ODS.render(content)));
        Sheet sheet = spreadsheet.getSheet(0);
        assertThat(sheet.getName()).isEqualTo("Bijlage 2");
        assertThat(sheet.getRange(0, 6).getValue()).isEqualTo("Waarde 2023");
        List<Expected> expected = expected();
        assertThat(sheet.getMaxRows()).isEqualTo(expected.size() + 1);
        for (int r = 0; r < expected.size(); r++) {
            Expected row = expected.get(r);
            Range cells = sheet.getRange(r + 1, 0, 1, 10);
            Object[][] values = cells.getValues();
            assertThat(values[0][0]).isEqualTo(row.theme());
            assertThat(values[0][1]).isEqualTo(row.indicator());
            assertThat(values[0][2]).isEqualTo(row.series());
            assertNumber(values[0][4], row.baseline());
            assertNumber(values[0][6], row.value());
        }
    }

    private static void assertNumber(Object cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell).isNull();
        } else {
            assertThat(cell).isInstanceOf(Double.class);
            assertThat(BigDecimal.valueOf((Double) cell)).isEqualByComparingTo(expected);
        }
    }

    @Test
    void xlsxHoldsTheDataWithNumbersAsNumbers() throws Exception {
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(ReportFormat.XLSX.render(content)));
             Stream<Row> stream = workbook.getFirstSheet().openStream()) {
            assertThat(workbook.getFirstSheet().getName()).isEqualTo("Bijlage 2");
            List<Row> rows = stream.toList();
            List<Expected> expected = expected();
            assertThat(rows).hasSize(expected.size() + 1);
            assertThat(rows.getFirst().getCellText(6)).isEqualTo("Waarde 2023");
            for (int r = 0; r < expected.size(); r++) {
                Row row = rows.get(r + 1);
                Expected want = expected.get(r);
                assertThat(row.getCellText(0)).isEqualTo(want.theme());
                assertThat(row.getCellText(1)).isEqualTo(want.indicator());
                assertThat(row.getCellText(2)).isEqualTo(want.series());
                assertNumber(row.getOptionalCell(4).orElse(null), want.baseline());
                assertNumber(row.getOptionalCell(6).orElse(null), want.value());
            }
        }
    }

    private static void assertNumber(Cell cell, BigDecimal expected) {
        if (expected == null) {
            assertThat(cell == null || cell.getType() == CellType.EMPTY).isTrue();
        } else {
            assertThat(cell.getType()).isEqualTo(CellType.NUMBER);
            assertThat(cell.asNumber()).isEqualByComparingTo(expected);
        }
    }

    @Test
    void csvIsWhatDutchExcelReads() {
        byte[] bytes = ReportFormat.CSV.render(content);
        assertThat(bytes).startsWith(0xEF, 0xBB, 0xBF);
        String[] lines = new String(bytes, StandardCharsets.UTF_8).substring(1).split("\r\n");
        List<Expected> expected = expected();
        assertThat(lines).hasSize(expected.size() + 1);
        assertThat(lines[0]).startsWith("Thema;Effectindicator;Reeks;Eenheid;Nulwaarde;Periode nulwaarde;Waarde 2023;");
        for (int r = 0; r < expected.size(); r++) {
            List<String> fields = fields(lines[r + 1]);
            Expected want = expected.get(r);
            assertThat(fields.get(0)).isEqualTo(want.theme());
            assertThat(fields.get(4)).isEqualTo(want.baseline() == null ? ""
                    : want.baseline().toPlainString().replace('.', ','));
            assertThat(fields.get(6)).isEqualTo(want.value() == null ? ""
                    : want.value().toPlainString().replace('.', ','));
        }
    }

    @Test
    void aCsvTextThatLooksLikeAFormulaIsDefused() {
        Annex annex = new Annex(2023, List.of(new Annex.Row("Thema", "id", "=HYPERLINK(\"x\";\"y\")", "Reeks",
                "aantal", null, "", BigDecimal.ONE, "definitief", "", "@bron")));
        String csv = new String(AnnexExports.csv(annex), StandardCharsets.UTF_8);
        assertThat(csv).contains(";\"'=HYPERLINK(\"\"x\"\";\"\"y\"\")\";").contains(";'@bron\r\n");
    }

    /** Splits one CSV line on {@code ;}, honouring quotes. */
    private static List<String> fields(String line) {
        List<String> fields = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (quoted && c == '"' && i + 1 < line.length() && line.charAt(i + 1) == '"') {
                field.append('"');
                i++;
            } else if (c == '"') {
                quoted = !quoted;
            } else if (c == ';' && !quoted) {
                fields.add(field.toString());
                field.setLength(0);
            } else {
                field.append(c);
            }
        }
        fields.add(field.toString());
        return fields;
    }
}
