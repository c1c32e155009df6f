package nl.veiligheidsagenda.core.evaluation;

import nl.veiligheidsagenda.core.model.Baseline;
import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;
import nl.veiligheidsagenda.core.model.Unit;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;

/** Model objects shaped like the plan's, built directly with the records. */
final class Fixtures {

    static final BaselinePeriod AVERAGE_2019_2022 = BaselinePeriod.averageOfYears(2019, 2022);
    static final String CAVEAT = "Een verhoogde inzet kan juist leiden tot meer meldingen, omdat er meer wordt "
            + "aangetroffen of omdat de meldingsbereidheid omhoog gaat.";
    /** After CBS's April release of 2023's figures, within 2024. */
    static final LocalDate MAY_2024 = LocalDate.of(2024, 5, 1);

    private Fixtures() {
    }

    static Series series(String id, Unit unit, String baseline, BaselinePeriod period) {
        return new Series(id, id.substring(0, 1).toUpperCase() + id.substring(1), unit,
                baseline == null ? null : Baseline.of(baseline, period));
    }

    static Indicator indicator(String id, Unit unit, Cadence cadence, Direction direction, String caveat,
                               Series... series) {
        return new Indicator(id, "Indicator " + id, unit, "Politie", cadence, "", direction, caveat,
                List.of(series));
    }

    /** Police nuisance reports per 1,000 residents, lower is better, baseline 2.2 (average 2019-2022). */
    static Indicator nuisance() {
        return indicator("wijken.overlast", Unit.PER_1000_RESIDENTS, Cadence.annual(2019), Direction.LOWER_IS_BETTER,
                "", series("overlast", Unit.PER_1000_RESIDENTS, "2.2", AVERAGE_2019_2022));
    }

    /** The same with the plan's warning that more effort raises the number of reports. */
    static Indicator nuisanceWithCaveat() {
        return indicator("wijken.meldingen", Unit.PER_1000_RESIDENTS, Cadence.annual(2019),
                Direction.LOWER_IS_BETTER, CAVEAT,
                series("meldingen", Unit.PER_1000_RESIDENTS, "2.2", AVERAGE_2019_2022));
    }

    /** A CBS figure per 1,000 residents, available from April of the next year. */
    static Indicator cbs() {
        return indicator("wijken.cbs", Unit.PER_1000_RESIDENTS, Cadence.annual(2019, Month.APRIL),
                Direction.LOWER_IS_BETTER, "", series("cbs", Unit.PER_1000_RESIDENTS, "2.2", AVERAGE_2019_2022));
    }

    /** Veiligheidsmonitor: share feeling unsafe, biennial from 2021, baseline average of 2019 and 2021. */
    static Indicator feelingUnsafe() {
        return indicator("wijken.onveilig", Unit.PERCENT_RESIDENTS_15_PLUS, Cadence.biennial(2021),
                Direction.LOWER_IS_BETTER, "", series("onveilig", Unit.PERCENT_RESIDENTS_15_PLUS, "19",
                        BaselinePeriod.averageOfRounds(2019, 2021)));
    }

    /** Veiligheidsmonitor: share active for the neighbourhood, higher is better. */
    static Indicator participation() {
        return indicator("wijken.inzet", Unit.PERCENT_RESIDENTS_15_PLUS, Cadence.biennial(2021),
                Direction.HIGHER_IS_BETTER, "", series("inzet", Unit.PERCENT_RESIDENTS_15_PLUS, "17",
                        BaselinePeriod.year(2021)));
    }

    static Measurement figure(Indicator indicator, int year, String value) {
        return figure(indicator, indicator.series().getFirst().id(), year, value);
    }

    static Measurement figure(Indicator indicator, String seriesId, int year, String value) {
        return new Measurement(indicator.id(), seriesId, year, new BigDecimal(value), MeasurementStatus.FINAL);
    }

    /** A goal accounted in words ("wordt voorkomen en bestreden") with signal indicators. */
    static Goal goalInWords(String id, Indicator... indicators) {
        return new Goal(id, "Doel " + id, EvaluationRule.inWords("wordt voorkomen en bestreden"), List.of(indicators),
                List.of());
    }

    /** Meld Misdaad Anoniem reports per 1,000 residents, no stated direction, baseline 0.6 (2022). */
    static Indicator anonymousReports() {
        return indicator("ondermijning.mma", Unit.PER_1000_RESIDENTS, Cadence.annual(2022), Direction.NOT_STATED, "",
                series("mma", Unit.PER_1000_RESIDENTS, "0.6", BaselinePeriod.year(2022)));
    }

    static Goal goal(String id, Indicator... indicators) {
        EvaluationRule rule = indicators.length == 0
                ? new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt voorkomen en bestreden")
                : new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE,
                "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)");
        return new Goal(id, "Doel " + id, rule, List.of(indicators), List.of());
    }

    static EvaluationContext dutch2023() {
        return EvaluationContext.dutch(2023, MAY_2024);
    }
}
