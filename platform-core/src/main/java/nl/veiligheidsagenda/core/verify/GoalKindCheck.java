package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.BaselinePeriod;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.GoalKind;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * Reads a goal's kind from its statement the way the plan's introduction ("Doelen en effectindicatoren") does, so a
 * theme's test fails when a goal is declared measured while worded "wordt voorkomen en bestreden", or the other
 * way round. A theme keeps its own reading in its CHANGELOG; this check holds it to the plan's rule:
 * <ul>
 *   <li>no effect indicator: accounted in words ({@link #NO_INDICATOR});</li>
 *   <li>an improvement against the previous period ("daalt", "dalen", "is beter / groter / veiliger dan (in) de
 *       voorgaande periode"): measured, with a decrease rule for "daalt"/"dalen" and an increase rule otherwise,
 *       the period in brackets as its stated period, and a stated direction on every indicator
 *       ({@link #MEASURED});</li>
 *   <li>"wordt voorkomen en/of bestreden", "wordt aangepakt", "worden herkend en aangepakt": accounted in words,
 *       its indicators signals without direction ({@link #IN_WORDS}).</li>
 * </ul>
 */
public final class GoalKindCheck {

    /** The plan's sentences for measured goals (Inleiding, "Doelen en effectindicatoren"). */
    public static final String MEASURED = "Bij de meeste doelen streven wij naar de verbetering van een positief "
            + "fenomeen (zoals veiligheidsbeleving of burgerparticipatie) of naar de vermindering van een negatief "
            + "fenomeen (zoals criminaliteit of overlast). Dit is het geval bij de doelen waarvan we de voortgang "
            + "(goed) kunnen meten omdat er eenduidige effectindicatoren beschikbaar zijn.";

    /** The plan's sentences for goals worded "wordt voorkomen en/of bestreden" and the like. */
    public static final String IN_WORDS = "Bij de doelen waar geen of minder goede effectindicatoren beschikbaar "
            + "zijn, hebben wij gekozen voor een andere formulering. Hierbij is het doel dat het betreffende "
            + "fenomeen wordt voorkomen en/of bestreden. Bij deze doelen is de verantwoording van de voortgang "
            + "logischerwijs minder cijfermatig en meer tekstueel van aard.";

    /** The plan's sentences for goals without indicator ("Geen effectindicator beschikbaar"). */
    public static final String NO_INDICATOR = "Helaas hebben wij niet voor alle doelen effectindicatoren kunnen "
            + "vinden. Bij deze doelen is de verantwoording van de voortgang logischerwijs minder cijfermatig en "
            + "meer tekstueel van aard.";

    private static final Pattern IMPROVEMENT = Pattern.compile(
            "\\b(daalt|dalen|(?:is|zijn) (?:beter|groter|veiliger))\\b.*\\bvoorgaande periode\\b");
    private static final Pattern PREVENTED_OR_TACKLED = Pattern.compile(
            "\\b(?:wordt|worden) (?:voorkomen|bestreden|aangepakt|herkend)\\b");
    private static final Pattern RANGE = Pattern.compile("\\((\\d{4}) t/m (\\d{4}) gemiddeld\\)");
    private static final Pattern TWO_ROUNDS = Pattern.compile("\\((\\d{4}) en (\\d{4}) gemiddeld\\)");

    private GoalKindCheck() {
    }

    /** The kind the plan's rule gives this goal, and the plan's sentences that decide it. */
    public record Reading(GoalKind kind, String planSentences) {
    }

    /** The plan's reading of {@code goal}; empty when its wording matches none of the plan's formulations. */
    public static Optional<Reading> read(Goal goal) {
        if (goal.indicators().isEmpty()) {
            return Optional.of(new Reading(GoalKind.ACCOUNTED_IN_WORDS, NO_INDICATOR));
        }
        String statement = goal.statement().toLowerCase(Locale.ROOT);
        if (IMPROVEMENT.matcher(statement).find()) {
            return Optional.of(new Reading(GoalKind.MEASURED, MEASURED));
        }
        if (PREVENTED_OR_TACKLED.matcher(statement).find()) {
            return Optional.of(new Reading(GoalKind.ACCOUNTED_IN_WORDS, IN_WORDS));
        }
        return Optional.empty();
    }

    /** The period a statement names in brackets ("(2019 t/m 2022 gemiddeld)"), as years; empty when none. */
    public static List<Integer> statedYears(String statement) {
        Matcher range = RANGE.matcher(statement.toLowerCase(Locale.ROOT));
        if (range.find()) {
            return IntStream.rangeClosed(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2))).boxed()
                    .toList();
        }
        Matcher rounds = TWO_ROUNDS.matcher(statement.toLowerCase(Locale.ROOT));
        return rounds.find() ? List.of(Integer.parseInt(rounds.group(1)), Integer.parseInt(rounds.group(2)))
                : List.of();
    }

    /** Every goal of {@code catalogue} whose declaration departs from the plan's rule, one line each. */
    public static List<String> problems(ThemeCatalogue catalogue) {
        List<String> problems = new ArrayList<>();
        catalogue.goals().forEach(goal -> check(goal, problems));
        return problems;
    }

    private static void check(Goal goal, List<String> problems) {
        Optional<Reading> reading = read(goal);
        if (reading.isEmpty()) {
            problems.add(goal.id() + ": the wording matches none of the plan's formulations");
            return;
        }
        if (reading.get().kind() != goal.kind()) {
            problems.add(goal.id() + ": declared " + goal.kind() + ", the plan's wording makes it "
                    + reading.get().kind());
            return;
        }
        if (goal.measured()) {
            checkMeasured(goal, problems);
        } else {
            goal.indicators().stream().filter(indicator -> indicator.direction().isStated())
                    .forEach(indicator -> problems.add(indicator.id() + ": a signal of a goal accounted in words, "
                            + "but declares " + indicator.direction()));
        }
    }

    private static void checkMeasured(Goal goal, List<String> problems) {
        String statement = goal.statement().toLowerCase(Locale.ROOT);
        boolean decrease = statement.matches("(?s).*\\b(daalt|dalen)\\b.*");
        EvaluationRule.Kind expected = decrease ? EvaluationRule.Kind.DECREASE_AGAINST_BASELINE
                : EvaluationRule.Kind.INCREASE_AGAINST_BASELINE;
        if (goal.rule().kind() != expected) {
            problems.add(goal.id() + ": the wording makes the rule " + expected + ", declared " + goal.rule().kind());
        }
        List<Integer> stated = statedYears(goal.statement());
        List<Integer> declared = goal.rule().statedPeriodIfAny().map(BaselinePeriod::years).orElse(List.of());
        if (!stated.equals(declared)) {
            problems.add(goal.id() + ": the statement names the years " + stated + ", the rule's stated period "
                    + declared);
        }
        for (Indicator indicator : goal.indicators()) {
            if (!indicator.direction().isStated()) {
                problems.add(indicator.id() + ": an indicator of a measured goal without direction");
            }
        }
    }
}
