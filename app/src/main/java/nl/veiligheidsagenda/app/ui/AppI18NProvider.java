package nl.veiligheidsagenda.app.ui;

import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/** UI texts: Dutch by default, English kept beside it ({@code vaadin-i18n/translations*.properties}). */
@ApplicationScoped
public class AppI18NProvider implements I18NProvider {

    private static final String BUNDLE = "vaadin-i18n.translations";

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VaadinSetup.DUTCH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale lookup = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : VaadinSetup.DUTCH;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, lookup).getString(key);
            return params.length == 0 ? pattern : new MessageFormat(pattern, lookup).format(params);
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }
}
