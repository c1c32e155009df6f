package nl.veiligheidsagenda.app.imports.formats;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Numbers as files write them: a decimal comma or point as the file uses, never a thousands separator other than a
 * space between groups of three digits ("13 190"), at most 30 characters.
 */
public final class Numbers {

    private static final int MAX_LENGTH = 30;
    private static final Pattern COMMA = Pattern.compile("-?\\d{1,3}(?:[ \u00a0]\\d{3})+(?:,\\d+)?|-?\\d+(?:,\\d+)?");
    private static final Pattern POINT = Pattern.compile("-?\\d{1,3}(?:[ \u00a0]\\d{3})+(?:\\.\\d+)?|-?\\d+(?:\\.\\d+)?");
    private static final Pattern EITHER = Pattern.compile("-?\\d+(?:[.,]\\d+)?");

    private Numbers() {
    }

    /** The number in {@code text} with this decimal separator ({@code ','} or {@code '.'}); empty when it is none. */
    public static Optional<BigDecimal> parse(String text, char decimalSeparator) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        Pattern pattern = decimalSeparator == ',' ? COMMA : POINT;
        if (!pattern.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(" ", "").replace("\u00a0", "").replace(',', '.')));
    }

    /** A number with a decimal comma or point (one separator, no grouping), as people type it in our template. */
    public static Optional<BigDecimal> parseEither(String text) {
        String trimmed = text.strip();
        if (trimmed.isEmpty() || trimmed.length() > MAX_LENGTH || !EITHER.matcher(trimmed).matches()) {
            return Optional.empty();
        }
        return Optional.of(new BigDecimal(trimmed.replace(',', '.')));
    }

    /**
     * Whether a number is one a statistics file can mean: at most 15 digits before and 10 after the decimal point.
     * Anything else (e.g. {@code 1e999999999}) is refused before it is printed or computed with.
     */
    public static boolean isSane(BigDecimal number) {
        BigDecimal plain = number.stripTrailingZeros();
        return plain.precision() - plain.scale() <= 15 && plain.scale() <= 10;
    }
}
