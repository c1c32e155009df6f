package nl.veiligheidsagenda.app.figures;

import com.fasterxml.jackson.databind.JsonNode;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.evaluation.SeriesResult;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Figures and goal status in JSON:
 * {@code PUT /api/v1/indicators/{indicatorId}/series/{seriesId}/values/{year}},
 * {@code GET /api/v1/indicators/{indicatorId}/values}, {@code GET /api/v1/goals/{goalId}/status?year=2023}.
 */
public final class FiguresResource {

    private static final Set<String> PUT_FIELDS = Set.of("value", "count", "status", "source", "version");
    private static final Pattern YEAR = Pattern.compile("[1-9][0-9]{3}");

    private FiguresResource() {
    }

    record FigureJson(String indicatorId, String seriesId, String area, int year, BigDecimal value, Long count,
                      Long denominator, String status, String source, String enteredBy, OffsetDateTime enteredAt,
                      int version) {

        static FigureJson of(StoredFigure figure) {
            return new FigureJson(figure.indicatorId(), figure.seriesId(), figure.area(), figure.year(),
                    figure.value(), figure.rawCount(), figure.population(),
                    figure.status().name().toLowerCase(Locale.ROOT), figure.sourceNote(), figure.enteredBy(),
                    figure.enteredAt(), figure.version());
        }
    }

    record ValuesJson(String indicatorId, List<FigureJson> values) {
    }

    record SeriesStatusJson(String seriesId, String outcome, BigDecimal value, BigDecimal differencePercent,
                            String explanation) {
    }

    record IndicatorStatusJson(String indicatorId, String outcome, String explanation, List<SeriesStatusJson> series) {
    }

    /** {@code kind}: MEASURED (status judged from the figures) or ACCOUNTED_IN_WORDS (the owner's assessment). */
    record GoalStatusJson(String goalId, int year, String kind, String status, String ownerStatus, String explanation,
                          List<IndicatorStatusJson> indicators) {
    }

    public static ValuesJson values(FigureService figures, String indicatorId) {
        return new ValuesJson(indicatorId, figures.figures(indicatorId).stream().map(FigureJson::of).toList());
    }

    public static GoalStatusJson goalStatus(GoalStatusService goals, String goalId, int year) {
        GoalResult result = goals.goalStatus(goalId, year, Locale.of("nl", "NL"));
        return new GoalStatusJson(result.goalId(), result.year(), result.kind().name(), result.status().name(),
                result.ownerStatus().name(), result.explanation(),
                result.indicators().stream().map(FiguresResource::indicator).toList());
    }

    private static IndicatorStatusJson indicator(IndicatorResult result) {
        return new IndicatorStatusJson(result.indicatorId(), result.outcome().name(), result.explanation(),
                result.series().stream().map(FiguresResource::series).toList());
    }

    private static SeriesStatusJson series(SeriesResult result) {
        return new SeriesStatusJson(result.seriesId(), result.outcome().name(),
                result.measurement().map(measurement -> measurement.value()).orElse(null),
                result.relativeDifferencePercent().orElse(null), result.explanation());
    }

    public static FigureJson putValue(FigureService figures, Actor actor, String indicatorId, String seriesId, int year,
                               JsonNode body) {
        List<FieldError> errors = new ArrayList<>();
        int unlisted = 0;
        for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (PUT_FIELDS.contains(name)) {
                continue;
            }
            if (errors.size() < RejectedRequest.MAX_ERRORS) {
                String shown = RejectedRequest.fieldName(name);
                errors.add(new FieldError(shown, "unknown-field", "Onbekend veld '" + shown + "'; toegestaan: value,"
                        + " count, status, source, version."));
            } else {
                unlisted++;
            }
        }
        BigDecimal value = null;
        if (body.hasNonNull("value")) {
            if (body.get("value").isNumber()) {
                value = body.get("value").decimalValue();
            } else {
                errors.add(new FieldError("value", "json-number", "value moet een JSON-getal zijn (1.9), geen tekst."));
            }
        }
        Long count = null;
        if (body.hasNonNull("count")) {
            if (body.get("count").canConvertToLong() && body.get("count").isIntegralNumber()) {
                count = body.get("count").longValue();
            } else {
                errors.add(new FieldError("count", "json-integer", "count moet een geheel JSON-getal zijn (412)."));
            }
        }
        FigureStatus status = null;
        String statusText = body.path("status").asText("");
        switch (statusText) {
            case "final" -> status = FigureStatus.FINAL;
            case "provisional" -> status = FigureStatus.PROVISIONAL;
            default -> errors.add(new FieldError("status", "one-of", "status moet \"final\" of \"provisional\" zijn."));
        }
        Integer version = null;
        if (body.hasNonNull("version")) {
            if (body.get("version").isInt() && body.get("version").intValue() >= 0) {
                version = body.get("version").intValue();
            } else {
                errors.add(new FieldError("version", "json-integer", "version moet een geheel getal van 0 of meer"
                        + " zijn (de versie waarop uw wijziging voortbouwt)."));
            }
        }
        if (!errors.isEmpty()) {
            throw new RejectedRequest(errors, unlisted);
        }
        return FigureJson.of(figures.enterFigure(actor, new FigureInput(indicatorId, seriesId, year, value, count,
                status, body.path("source").asText(""), version)));
    }

    /** A year as four digits (1000-9999); anything else is refused before it reaches a service. */
    public static int year(String text, String field) {
        String value = text == null ? "" : text.strip();
        if (!YEAR.matcher(value).matches()) {
            String shown = value.length() > 20 ? value.substring(0, 20) + "…" : value;
            throw new RejectedRequest(List.of(new FieldError(field, "year", "'" + shown + "' is geen jaar;"
                    + " geef een jaartal van vier cijfers zoals 2023.")));
        }
        return Integer.parseInt(value);
    }
}
