package nl.veiligheidsagenda.core.model;

/**
 * The two kinds of goal the plan's introduction ("Doelen en effectindicatoren") distinguishes by their wording.
 * Since core SPI 1.2; a goal's kind follows from its {@link EvaluationRule.Kind}, so goals of older plugins get
 * theirs too.
 */
public enum GoalKind {
    /**
     * Worded as an improvement against the previous period ("daalt", "is beter / groter / veiliger dan in de
     * voorgaande periode"): judged against the baselines, in the direction the goal states, and only when every
     * figure that is due is in.
     */
    MEASURED,
    /**
     * Worded as "wordt voorkomen en/of bestreden", "wordt aangepakt", "worden herkend en aangepakt" (or without any
     * indicator): accounted for "minder cijfermatig en meer tekstueel". Its indicators, if any, are signals shown
     * without verdict; its status is the owner's assessment with the story.
     */
    ACCOUNTED_IN_WORDS
}
