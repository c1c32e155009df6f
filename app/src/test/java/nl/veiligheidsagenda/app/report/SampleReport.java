package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.DistLayout;
import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.plan.PlanFile;
import nl.veiligheidsagenda.app.report.ReportContent.ActionPart;
import nl.veiligheidsagenda.app.report.ReportContent.Chapter;
import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.GoalPart;
import nl.veiligheidsagenda.app.report.ReportContent.IndicatorPart;
import nl.veiligheidsagenda.app.report.ReportContent.Progress;
import nl.veiligheidsagenda.app.report.ReportContent.Story;
import nl.veiligheidsagenda.app.report.ReportContent.SubjectPart;
import nl.veiligheidsagenda.core.evaluation.EvaluationContext;
import nl.veiligheidsagenda.core.evaluation.GoalEvaluator;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.Measurement;
import nl.veiligheidsagenda.core.evaluation.MeasurementStatus;
import nl.veiligheidsagenda.core.evaluation.OwnerAssessment;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A full report of the five real themes for 2023, without a database: every series has figures for its baseline
 * years and 2023 (10 % below its baseline; the first series of each theme provisional), except the indicators of
 * {@link #WITHOUT_FIGURES}, which have none. Goals are judged by the core's evaluator. Stories and notes carry a
 * script payload.
 */
final class SampleReport {

    static final int YEAR = 2023;
    static final String PAYLOAD = "<script>alert('xss')</script><img src=x onerror=alert(1)>";
    /** A goal whose indicators get no figure at all. */
    static final String WITHOUT_FIGURES = "digitaal.digitale-criminaliteit-daalt";
    static final OffsetDateTime TAKEN = OffsetDateTime.parse("2024-06-01T10:00:00+02:00");
    /** The themes of the distribution's plugin folder, loaded as the app loads them, in the menu's order. */
    static final List<ThemePlugin> THEMES = DistLayout.themes().stream()
            .sorted(Comparator.comparingInt(plugin -> plugin.descriptor().order())).toList();

    /** The distribution's plan description, whose name, municipality and period head the report. */
    static final PlanDescription PLAN = PlanFile.read(DistLayout.planFile());

    private SampleReport() {
    }

    static ReportContent draft() {
        return content(ReportContent.Edition.draft());
    }

    static ReportContent content(ReportContent.Edition edition) {
        List<Chapter> chapters = new ArrayList<>();
        for (ThemePlugin theme : THEMES) {
            List<SubjectPart> subjects = new ArrayList<>();
            boolean first = true;
            for (Subject subject : theme.catalogue().subjects()) {
                List<GoalPart> goals = new ArrayList<>();
                for (Goal goal : subject.goals()) {
                    goals.add(goal(theme, goal, first));
                    first = false;
                }
                List<ActionPart> actions = subject.goals().stream().flatMap(goal -> goal.actions().stream())
                        .map(action -> new ActionPart(action, Optional.of(new Progress(ActionStatus.RUNNING,
                                "Loopt volgens plan. " + PAYLOAD)))).toList();
                subjects.add(new SubjectPart(subject.id(), subject.name(), subject.introduction(), goals, actions));
            }
            chapters.add(new Chapter(theme.descriptor().id(), theme.descriptor().name(),
                    theme.descriptor().version().toString(), theme.catalogue().introduction(), subjects));
        }
        return new ReportContent(new ReportContent.Title(PLAN.name(), PLAN.municipality().name(),
                PLAN.period().firstYear(), PLAN.period().lastYear()), YEAR, edition, TAKEN, chapters);
    }

    private static GoalPart goal(ThemePlugin theme, Goal goal, boolean provisional) {
        boolean withFigures = !goal.id().equals(WITHOUT_FIGURES);
        List<Measurement> measurements = new ArrayList<>();
        List<List<Figure>> figuresPerIndicator = new ArrayList<>();
        for (Indicator indicator : goal.indicators()) {
            List<Figure> figures = new ArrayList<>();
            if (withFigures) {
                indicator.series().forEach(series -> figures.addAll(figures(series, provisional)));
            }
            figures.forEach(figure -> measurements.add(new Measurement(indicator.id(), figure.seriesId(),
                    figure.year(), figure.value(), figure.provisional() ? MeasurementStatus.PROVISIONAL
                    : MeasurementStatus.FINAL)));
            figuresPerIndicator.add(figures);
        }
        Story story = new Story("Het verhaal van " + YEAR + ".\n\nTweede alinea. " + PAYLOAD, "eigenaar",
                TAKEN.minusDays(3));
        GoalResult result = GoalEvaluator.evaluate(goal, measurements,
                Optional.of(new OwnerAssessment(OwnerStatus.PARTLY_ON_COURSE, story.text())),
                EvaluationContext.dutch(YEAR, LocalDate.of(2024, 6, 1)), theme::evaluation);
        List<IndicatorPart> indicators = new ArrayList<>();
        for (int i = 0; i < goal.indicators().size(); i++) {
            Indicator indicator = goal.indicators().get(i);
            indicators.add(new IndicatorPart(indicator, result.indicators().get(i), figuresPerIndicator.get(i),
                    Optional.of(new Story("Toelichting bij " + indicator.name() + ". " + PAYLOAD, "eigenaar",
                            TAKEN.minusDays(2)))));
        }
        return new GoalPart(goal, result, Optional.of(story), indicators);
    }

    /** The baseline years at the baseline value, and the report year 10 % lower. */
    static List<Figure> figures(Series series, boolean provisional) {
        BigDecimal baseline = series.baselineIfAny().map(found -> found.value()).orElse(BigDecimal.TEN);
        List<Figure> figures = new ArrayList<>();
        series.baselineIfAny().ifPresent(found -> found.period().years().stream().filter(year -> year != YEAR)
                .forEach(year -> figures.add(new Figure(series.id(), year, baseline, false, "Bron " + year))));
        figures.add(new Figure(series.id(), YEAR, yearValue(baseline), provisional, "Politie, 2024-03"));
        return figures;
    }

    static BigDecimal yearValue(BigDecimal baseline) {
        return baseline.multiply(new BigDecimal("0.9")).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    }
}
