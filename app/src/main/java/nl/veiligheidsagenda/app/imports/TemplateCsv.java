package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.TemplateCsvReader;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * Our own CSV template for the figures the municipality keeps itself: a header row, then one row per series of the
 * enabled themes, prefilled with the area (the deployment's CBS code), last year, status "definitief" and the
 * indicator's source; the data team fills in a value or a count. Semicolons and a byte order mark, so Dutch Excel
 * opens it as it is. Names and units stand beside the ids only for reading.
 */
public final class TemplateCsv {

    public static final String FILE_NAME = "importsjabloon.csv";

    private TemplateCsv() {
    }

    public static String write(CatalogueIndex catalogue, String area, int year) {
        List<String> header = new ArrayList<>(List.of("indicator_id", "series_id", "indicator", "series", "unit"));
        header.addAll(TemplateCsvReader.COLUMNS.subList(2, TemplateCsvReader.COLUMNS.size()));
        StringWriter out = new StringWriter();
        out.write('\uFEFF');
        try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.RFC4180.builder().setDelimiter(';')
                .setRecordSeparator("\r\n").get())) {
            printer.printRecord(header);
            for (CatalogueIndex.IndicatorEntry entry : catalogue.indicators().toList()) {
                Indicator indicator = entry.indicator();
                for (Series series : indicator.series()) {
                    printer.printRecord(indicator.id(), series.id(), cell(indicator.name()), cell(series.name()),
                            unit(series.unit()), area, year, "", "", "definitief", cell(indicator.source()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String unit(Unit unit) {
        return switch (unit) {
            case PERCENT_RESIDENTS_15_PLUS -> "% bewoners 15+ (value)";
            case PER_1000_RESIDENTS -> "per 1.000 inwoners (value of count)";
            case PER_1000_YOUNG_PEOPLE_12_24 -> "per 1.000 jongeren 12-24 (value of count)";
            case PER_1000_DWELLINGS -> "per 1.000 woningen (value of count)";
            case PER_1000_BUSINESS_ESTABLISHMENTS -> "per 1.000 bedrijfsvestigingen (value of count)";
            case COUNT -> "aantal (count)";
        };
    }

    /**
     * A text cell that a spreadsheet shows as text, never runs as a formula: a leading =, +, -, @, tab or carriage
     * return gets an apostrophe before it.
     */
    public static String cell(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        char first = text.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                ? "'" + text : text;
    }
}
