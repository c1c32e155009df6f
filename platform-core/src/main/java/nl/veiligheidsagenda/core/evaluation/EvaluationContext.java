package nl.veiligheidsagenda.core.evaluation;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;

/**
 * What an evaluation needs besides the plan and the figures.
 *
 * @param year   the reporting year being evaluated
 * @param today  the date lateness is judged against (passed in, never read from the clock)
 * @param locale the language of the explanations: Dutch unless an English locale is asked for
 */
public record EvaluationContext(int year, LocalDate today, Locale locale) {

    public EvaluationContext {
        Objects.requireNonNull(today, "today");
        Objects.requireNonNull(locale, "locale");
    }

    /** A context with Dutch explanations. */
    public static EvaluationContext dutch(int year, LocalDate today) {
        return new EvaluationContext(year, today, Texts.DUTCH);
    }
}
