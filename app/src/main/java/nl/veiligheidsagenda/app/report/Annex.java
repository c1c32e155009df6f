package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.IndicatorPart;
import nl.veiligheidsagenda.core.evaluation.SeriesResult;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Bijlage 2 of the plan with the year's values: one row per series of every indicator of the report, in the plan's
 * order, the year's value beside the baseline. The same rows make the annex of the HTML/PDF and the CSV, ODS and
 * XLSX exports.
 */
record Annex(int year, List<Row> rows) {

    /** The column headings, shared by every format. */
    static List<String> headings(int year) {
        return List.of(ReportTexts.text("report.annex.theme"), ReportTexts.text("report.annex.indicator"),
                ReportTexts.text("report.annex.series"), ReportTexts.text("report.annex.unit"),
                ReportTexts.text("report.annex.baseline"), ReportTexts.text("report.annex.period"),
                ReportTexts.text("report.annex.value", String.valueOf(year)),
                ReportTexts.text("report.annex.status"), ReportTexts.text("report.annex.explanation"),
                ReportTexts.text("report.annex.source"));
    }

    /**
     * @param baseline    null where the plan has none
     * @param value       the year's value, null when there is none
     * @param status      "definitief", "voorlopig" or "geen cijfer"
     * @param explanation the core's one line for the series in the year
     */
    record Row(String theme, String indicatorId, String indicator, String series, String unit, BigDecimal baseline,
               String period, BigDecimal value, String status, String explanation, String source) {
    }

    static Annex of(ReportContent content) {
        List<Row> rows = new ArrayList<>();
        content.chapters().forEach(chapter -> chapter.goals().forEach(goal -> goal.indicators()
                .forEach(part -> part.indicator().series()
                        .forEach(series -> rows.add(row(chapter.name(), part, series, content.year()))))));
        return new Annex(content.year(), rows);
    }

    private static Row row(String theme, IndicatorPart part, Series series, int year) {
        Optional<Figure> figure = part.figure(series, year);
        String status = ReportTexts.text(figure.map(found -> found.provisional() ? "report.figure.provisional"
                : "report.figure.final").orElse("report.figure.none"));
        String explanation = part.result().series().stream().filter(result -> result.seriesId().equals(series.id()))
                .map(SeriesResult::explanation).findFirst().orElse("");
        return new Row(theme, part.indicator().id(), part.indicator().name(), series.name(),
                ReportTexts.unit(series.unit()), series.baselineIfAny().map(baseline -> baseline.value()).orElse(null),
                series.baselineIfAny().map(baseline -> baseline.period().label()).orElse(""),
                figure.map(Figure::value).orElse(null), status, explanation, part.indicator().source());
    }
}
