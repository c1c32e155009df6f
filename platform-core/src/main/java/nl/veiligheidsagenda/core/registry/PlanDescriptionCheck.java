package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Block.Link.Target;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.PlanDescription;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Checks a deployment's plan description before the app starts with it: every problem at once, each naming the
 * element and the rule, so the person who edits the file fixes all of them in one go.
 */
public final class PlanDescriptionCheck {

    /** CBS municipality codes: "GM" and four digits, e.g. GM0363. */
    private static final Pattern CBS_CODE = Pattern.compile("GM\\d{4}");

    /**
     * One violation of a plan description.
     *
     * @param element where: a field name, {@code <section path>#<block position>} or a figure id
     * @param rule    the rule's key in the core's messages
     */
    public record Problem(String element, String rule, List<String> arguments) {

        public Problem {
            arguments = List.copyOf(arguments);
        }

        public String message(Locale locale) {
            ResourceBundle bundle = ResourceBundle.getBundle("nl.veiligheidsagenda.core.registry.messages", locale);
            String ruleText = new MessageFormat(bundle.getString("rule." + rule), locale).format(arguments.toArray());
            return new MessageFormat(bundle.getString("problem.PLAN_INVALID"), locale)
                    .format(new Object[] {element, ruleText});
        }

        @Override
        public String toString() {
            return message(Locale.ENGLISH);
        }
    }

    private final List<Problem> problems = new ArrayList<>();

    private PlanDescriptionCheck() {
    }

    /** Every problem of {@code plan}; empty when it is valid. */
    public static List<Problem> validate(PlanDescription plan) {
        PlanDescriptionCheck check = new PlanDescriptionCheck();
        check.check(plan);
        return List.copyOf(check.problems);
    }

    private void check(PlanDescription plan) {
        notBlank("name", plan.name());
        notBlank("municipality.name", plan.municipality().name());
        if (plan.municipality().cbsCode() == null || !CBS_CODE.matcher(plan.municipality().cbsCode()).matches()) {
            violation("municipality.cbsCode", "cbs-code", plan.municipality().cbsCode());
        }
        PlanDescription.Period period = plan.period();
        if (period.firstYear() > period.lastYear() || period.firstYear() < 1900 || period.lastYear() > 2200) {
            violation("period", "plan-period", period.firstYear(), period.lastYear());
        }
        notBlank("ambition", plan.ambition());
        Set<String> figureIds = new HashSet<>();
        for (ContextFigure figure : plan.figures()) {
            if (figure.id() == null || !BlockRules.PATH.matcher(figure.id()).matches()) {
                violation(String.valueOf(figure.id()), "plan-id-format");
            } else if (!figureIds.add(figure.id())) {
                violation(figure.id(), "duplicate-id");
            }
            notBlank(figure.id() + ".title", figure.title());
            if (figure.points().isEmpty()) {
                violation(figure.id(), "figure-without-points");
            }
        }
        Set<String> paths = plan.sections().stream().map(PlanDescription.Section::path)
                .collect(Collectors.toUnmodifiableSet());
        Map<Target, Set<String>> own = new EnumMap<>(Target.class);
        own.put(Target.PLAN, paths);
        BlockRules blocks = new BlockRules(new BlockRules.Scope("", figureIds, own, Set.of()), this::violation);
        Set<String> seen = new HashSet<>();
        for (PlanDescription.Section section : plan.sections()) {
            String path = String.valueOf(section.path());
            if (section.path() == null || !BlockRules.PATH.matcher(section.path()).matches()) {
                violation(path, "page-path");
            } else if (!seen.add(section.path())) {
                violation(path, "duplicate-id");
            }
            notBlank(path + ".title", section.title());
            if (section.blocks().isEmpty()) {
                violation(path, "page-empty");
            }
            blocks.check(path, section.blocks());
        }
    }

    private void notBlank(String element, String value) {
        if (value == null || value.isBlank()) {
            violation(element, "required");
        }
    }

    private void violation(String element, String rule, Object... arguments) {
        problems.add(new Problem(element, rule, Arrays.stream(arguments).map(String::valueOf).toList()));
    }
}
