package nl.veiligheidsagenda.app.imports.formats;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** CBS table identifiers (five digits and three letters, e.g. 83648NED, 03759ned) in URLs, titles and file names. */
final class TableIds {

    private static final Pattern TABLE_ID = Pattern.compile("(?<![0-9A-Za-z])(\\d{5}(?:NED|ENG|ned|eng|Ned|Eng))"
            + "(?![0-9A-Za-z])");

    private TableIds() {
    }

    /** The first table identifier in {@code text}, upper-case. */
    static Optional<String> find(String text) {
        if (text == null) {
            return Optional.empty();
        }
        Matcher matcher = TABLE_ID.matcher(text);
        return matcher.find() ? Optional.of(matcher.group(1).toUpperCase(Locale.ROOT)) : Optional.empty();
    }
}
