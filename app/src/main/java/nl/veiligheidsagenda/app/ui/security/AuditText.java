package nl.veiligheidsagenda.app.ui.security;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.security.Role;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.core.evaluation.OwnerStatus;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The audit log in words (Dutch, or English): what was done ("Cijfer invoeren" for {@code figure.enter}), what it
 * was done to ("Cijfer: Woninginbraken – Woninginbraken, 2024" for {@code figure:wijken.woninginbraken/...}) and
 * the explanation with the codes in it named (roles, statuses, denominators, theme ids) and numbers with a
 * decimal comma. The stored log keeps its codes: they are what a search or an export matches on. Anything not
 * known here is shown as stored.
 */
final class AuditText {

    /** The actions the application writes, in the order an admin picks them from. */
    static final List<String> ACTIONS = List.of("login", "logout", "session.end", "api.login", "figure.enter",
            "progress.record", "story.write", "denominator.enter", "import", "import.apply", "report.publish", "theme.enable",
            "theme.disable", "person.create", "person.update", "person.enable", "person.disable",
            "person.password-reset", "password.change", "person.list", "token.create", "token.revoke",
            "token.list", "navigate", "request.refused", "request.error", "csrf", "ui.error");
    private static final Pattern CODE = Pattern.compile("\\b[A-Z][A-Z0-9_]+\\b");
    private static final Pattern NUMBER = Pattern.compile("\\b(waarde|aantal|noemer) (-?\\d+(?:\\.\\d+)?)\\b");
    private static final Pattern THEME_IDS = Pattern.compile("\\[([a-z0-9-]+(?:, [a-z0-9-]+)*)]");

    private final BiFunction<String, Object[], String> translator;
    private final Locale locale;
    private final CatalogueIndex index;
    private final Map<String, String> themeNames;
    private final Map<String, String> codes = new HashMap<>();

    /**
     * @param translator  the UI's translation lookup (key, arguments)
     * @param index       the enabled themes, to name their indicators, goals and actions
     * @param themeNames  every installed theme's name by id (a theme may be switched off since)
     */
    AuditText(BiFunction<String, Object[], String> translator, Locale locale, CatalogueIndex index,
              Map<String, String> themeNames) {
        this.translator = translator;
        this.locale = locale;
        this.index = index;
        this.themeNames = Map.copyOf(themeNames);
        name(Role.values(), role -> "security.role." + role);
        name(FigureStatus.values(), status -> "figure-status." + status);
        name(ActionStatus.values(), status -> "action-status." + status);
        name(OwnerStatus.values(), status -> "owner." + status);
        name(Denominator.values(), kind -> "denominator." + kind);
    }

    private <E extends Enum<E>> void name(E[] values, Function<String, String> key) {
        Arrays.stream(values).forEach(value -> codes.put(value.name(),
                text(key.apply(value.name())).toLowerCase(locale)));
    }

    /** "Cijfer invoeren" for {@code figure.enter}; "API-verzoek PUT" for {@code api.put}. */
    String action(String code) {
        if (code.startsWith("api.") && !code.equals("api.login")) {
            return text("audit.action.api", code.substring(4).toUpperCase(Locale.ROOT));
        }
        return known("audit.action." + code).orElse(code);
    }

    /** What the action was done to, with names instead of ids where the app knows them. */
    String target(String target) {
        int colon = target.indexOf(':');
        if (colon < 0) {
            return target;
        }
        String kind = target.substring(0, colon);
        String rest = target.substring(colon + 1);
        String[] parts = rest.split("/");
        return switch (kind) {
            case "person" -> text("audit.target.person", rest);
            case "theme" -> text("audit.target.theme", themeNames.getOrDefault(rest, rest));
            case "token" -> text("audit.target.token", rest);
            case "figure" -> parts.length == 3 ? figure(parts[0], parts[1], parts[2]) : target;
            case "progress" -> parts.length == 2 ? text("audit.target.progress", index.action(parts[0])
                    .map(entry -> entry.action().title()).orElse(parts[0]), parts[1]) : target;
            case "story" -> parts.length == 3 ? story(parts[0], parts[1], parts[2]) : target;
            case "report" -> parts.length == 2 ? text("audit.target.report-edition", parts[0], parts[1])
                    : text("audit.target.report", rest);
            case "denominator" -> parts.length == 2 ? text("audit.target.denominator",
                    codes.getOrDefault(parts[0], parts[0]), parts[1]) : target;
            default -> target;
        };
    }

    private String figure(String indicatorId, String seriesId, String year) {
        return index.indicator(indicatorId).map(entry -> text("audit.target.figure", entry.indicator().name(),
                entry.indicator().series().stream().filter(series -> series.id().equals(seriesId)).findFirst()
                        .map(Series::name).orElse(seriesId), year))
                .orElse(text("audit.target.figure", indicatorId, seriesId, year));
    }

    private String story(String kind, String subjectId, String year) {
        String subject = kind.equals("goal")
                ? index.goal(subjectId).map(place -> place.goal().statement()).orElse(subjectId)
                : index.indicator(subjectId).map(entry -> entry.indicator().name()).orElse(subjectId);
        return text(kind.equals("goal") ? "audit.target.story-goal" : "audit.target.story-indicator", subject, year);
    }

    /** The explanation with its codes named and its numbers in the reader's notation. */
    String detail(String detail) {
        String named = replace(CODE, detail, match -> codes.getOrDefault(match.group(), match.group()));
        named = replace(NUMBER, named, match -> match.group(1) + " "
                + Formats.number(new BigDecimal(match.group(2)), locale));
        return replace(THEME_IDS, named, match -> Arrays.stream(match.group(1).split(", "))
                .map(id -> themeNames.getOrDefault(id, id)).collect(Collectors.joining(", ", "(", ")")));
    }

    private static String replace(Pattern pattern, String text, Function<MatchResult, String> replacement) {
        return pattern.matcher(text).replaceAll(match -> Matcher.quoteReplacement(replacement.apply(match)));
    }

    private String text(String key, Object... arguments) {
        return translator.apply(key, arguments);
    }

    private Optional<String> known(String key) {
        String text = text(key);
        return text.isBlank() || text.startsWith("!") || text.equals(key) ? Optional.empty() : Optional.of(text);
    }
}
