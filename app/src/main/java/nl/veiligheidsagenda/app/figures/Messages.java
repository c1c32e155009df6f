package nl.veiligheidsagenda.app.figures;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/**
 * The yearly cycle's messages for people (refusals, not found), from the {@code vaadin-i18n/figures} bundle: Dutch
 * by default, English beside it. Arguments are formatted by the caller, so a year never reads "2.023".
 */
final class Messages {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.figures", DUTCH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
    }
}
