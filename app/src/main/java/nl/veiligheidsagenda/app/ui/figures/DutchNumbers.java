package nl.veiligheidsagenda.app.ui.figures;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a number typed the Dutch way: a decimal comma ("1,9"), optionally thousands dots ("1.234,5"), optionally a
 * minus sign (the rules, not the reading, refuse a negative figure: UI and API then say the same). A lone dot is
 * refused rather than guessed: in Dutch "1.900" is one thousand nine hundred.
 */
public final class DutchNumbers {

    private static final Pattern PLAIN = Pattern.compile("-?\\d+(,\\d+)?");
    private static final Pattern GROUPED = Pattern.compile("-?\\d{1,3}(\\.\\d{3})+(,\\d+)?");

    private DutchNumbers() {
    }

    /** The number, or empty when the text is not a Dutch-formatted number. */
    public static Optional<BigDecimal> parse(String text) {
        String trimmed = text == null ? "" : text.strip().replace(" ", "").replace('\u2212', '-');
        if (PLAIN.matcher(trimmed).matches() || GROUPED.matcher(trimmed).matches()) {
            return Optional.of(new BigDecimal(trimmed.replace(".", "").replace(',', '.')));
        }
        return Optional.empty();
    }

    /** Whether the text groups thousands with a dot ("1.500"), which someone used to "1.5" may not have meant. */
    public static boolean groupsThousands(String text) {
        return text != null && GROUPED.matcher(text.strip().replace(" ", "")).matches();
    }
}
