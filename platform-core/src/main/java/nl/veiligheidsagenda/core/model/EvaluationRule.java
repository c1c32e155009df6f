package nl.veiligheidsagenda.core.model;

import java.util.Objects;
import java.util.Optional;

/**
 * How a goal's statement says it is judged; the rule's kind decides the goal's {@link GoalKind}.
 *
 * @param kind         a measurable decrease or increase against a baseline period, or a qualitative aim
 * @param wording      the part of the statement that states the rule, verbatim, e.g.
 *                     "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)" or
 *                     "wordt voorkomen en bestreden"
 * @param statedPeriod the period the statement compares with, e.g. "(2019 t/m 2022 gemiddeld)", or null when it
 *                     names none (always for a qualitative aim; for rules of plugins built before core SPI 1.2).
 *                     A baseline covering another period must say why ({@link Baseline#periodNote()})
 */
public record EvaluationRule(Kind kind, String wording, BaselinePeriod statedPeriod) {

    public enum Kind {
        /** The phenomenon must fall compared with the named baseline period. */
        DECREASE_AGAINST_BASELINE,
        /** The phenomenon must rise (or be better) compared with the named baseline period. */
        INCREASE_AGAINST_BASELINE,
        /** "wordt voorkomen en bestreden", "wordt aangepakt", …: no measurable target. */
        QUALITATIVE
    }

    /** A rule without stated period: the only constructor of core SPI 1.0 and 1.1. */
    public EvaluationRule(Kind kind, String wording) {
        this(kind, wording, null);
    }

    /** "daalt ten opzichte van de voorgaande periode (…)": a measured decrease against {@code statedPeriod}. */
    public static EvaluationRule decrease(String wording, BaselinePeriod statedPeriod) {
        return new EvaluationRule(Kind.DECREASE_AGAINST_BASELINE, wording, Objects.requireNonNull(statedPeriod));
    }

    /** "is beter / groter / veiliger dan in de voorgaande periode (…)": a measured improvement. */
    public static EvaluationRule increase(String wording, BaselinePeriod statedPeriod) {
        return new EvaluationRule(Kind.INCREASE_AGAINST_BASELINE, wording, Objects.requireNonNull(statedPeriod));
    }

    /** "wordt voorkomen en bestreden", "wordt aangepakt", …: a goal accounted in words. */
    public static EvaluationRule inWords(String wording) {
        return new EvaluationRule(Kind.QUALITATIVE, wording, null);
    }

    public boolean measurable() {
        return kind != Kind.QUALITATIVE;
    }

    /** The kind of goal this rule makes: measured for a decrease or increase, accounted in words otherwise. */
    public GoalKind goalKind() {
        return measurable() ? GoalKind.MEASURED : GoalKind.ACCOUNTED_IN_WORDS;
    }

    public Optional<BaselinePeriod> statedPeriodIfAny() {
        return Optional.ofNullable(statedPeriod);
    }
}
