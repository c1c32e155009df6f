package nl.veiligheidsagenda.core.model;

/**
 * How a goal's statement says it is judged.
 *
 * @param kind    a measurable decrease or increase against a baseline period, or a qualitative aim
 * @param wording the part of the statement that states the rule, verbatim, e.g.
 *                "daalt ten opzichte van de voorgaande periode (2019 t/m 2022 gemiddeld)" or
 *                "wordt voorkomen en bestreden"
 */
public record EvaluationRule(Kind kind, String wording) {

    public enum Kind {
        /** The phenomenon must fall compared with the named baseline period. */
        DECREASE_AGAINST_BASELINE,
        /** The phenomenon must rise (or be better) compared with the named baseline period. */
        INCREASE_AGAINST_BASELINE,
        /** "wordt voorkomen en bestreden", "wordt aangepakt", …: no measurable target. */
        QUALITATIVE
    }

    public boolean measurable() {
        return kind != Kind.QUALITATIVE;
    }
}
