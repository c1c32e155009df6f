package nl.veiligheidsagenda.app.imports.formats;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A period of a published table: CBS codes ({@code 2022JJ00} a year, {@code 2022KW01} a quarter, {@code 2022MM01} a
 * month) or StatLine titles ("2022", "2022*" provisional, "2022**" revised provisional, "2022 1e kwartaal").
 *
 * @param text   the period as the file gives it (trimmed)
 * @param year   the calendar year it lies in
 * @param isYear whether it is a whole year; figures of shorter periods are refused, never summed
 * @param status the provisional marks of a StatLine title; {@link PeriodStatus#UNKNOWN} for codes
 */
public record Period(String text, int year, boolean isYear, PeriodStatus status) {

    private static final Pattern CODE = Pattern.compile("(\\d{4})([A-Z]{2})(\\d{2})");
    private static final Pattern TITLE = Pattern.compile("(\\d{4})(\\*{0,2})(\\s.*)?");

    /** A CBS period code, e.g. {@code 2022JJ00}; empty when the text is none. */
    public static Optional<Period> fromCode(String code) {
        Matcher matcher = CODE.matcher(code.strip());
        if (!matcher.matches()) {
            return Optional.empty();
        }
        boolean year = matcher.group(2).equals("JJ") && matcher.group(3).equals("00");
        return Optional.of(new Period(code.strip(), Integer.parseInt(matcher.group(1)), year, PeriodStatus.UNKNOWN));
    }

    /** A StatLine period title, e.g. "2022*" or "2022 3e kwartaal"; empty when the text is none. */
    public static Optional<Period> fromTitle(String title) {
        Matcher matcher = TITLE.matcher(title.strip());
        if (!matcher.matches()) {
            return fromCode(title);
        }
        PeriodStatus status = switch (matcher.group(2).length()) {
            case 1 -> PeriodStatus.PROVISIONAL;
            case 2 -> PeriodStatus.REVISED_PROVISIONAL;
            default -> PeriodStatus.FINAL;
        };
        boolean year = matcher.group(3) == null || matcher.group(3).isBlank();
        return Optional.of(new Period(title.strip(), Integer.parseInt(matcher.group(1)), year, status));
    }
}
