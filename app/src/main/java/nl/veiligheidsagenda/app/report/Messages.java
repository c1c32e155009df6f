package nl.veiligheidsagenda.app.report;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The report feature's messages for people (refusals, not found), Dutch, from {@code vaadin-i18n/report}. */
final class Messages {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private Messages() {
    }

    static String text(String key, Object... arguments) {
        String pattern = ResourceBundle.getBundle("vaadin-i18n.report", DUTCH).getString(key);
        return arguments.length == 0 ? pattern : new MessageFormat(pattern, DUTCH).format(arguments);
    }
}
