package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.imports.formats.Reason;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Renders a {@link Reason} from the {@code vaadin-i18n/imports} bundle: Dutch by default, English beside it. An
 * argument starting with {@code @} is itself a key whose text (with the arguments after it) takes its place.
 */
public final class ImportTexts {

    private static final Locale DUTCH = Locale.of("nl", "NL");

    private ImportTexts() {
    }

    public static String dutch(Reason reason) {
        return text(reason, DUTCH);
    }

    public static String text(Reason reason, Locale locale) {
        if (reason == null) {
            return "";
        }
        Locale lookup = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : DUTCH;
        List<String> arguments = reason.arguments();
        Object[] values;
        if (!arguments.isEmpty() && arguments.getFirst().startsWith("@")) {
            Reason inner = new Reason(arguments.getFirst().substring(1), arguments.subList(1, arguments.size()));
            values = new Object[] {text(inner, lookup)};
        } else {
            values = arguments.toArray();
        }
        String pattern;
        try {
            pattern = ResourceBundle.getBundle("vaadin-i18n.imports", lookup).getString(reason.key());
        } catch (MissingResourceException e) {
            return reason.key() + " " + arguments;
        }
        return new MessageFormat(pattern, lookup).format(values);
    }
}
