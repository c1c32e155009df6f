package nl.veiligheidsagenda.app.ui;

import com.vaadin.cdi.annotation.VaadinServiceEnabled;
import com.vaadin.flow.i18n.I18NProvider;
import jakarta.enterprise.context.ApplicationScoped;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * UI texts: Dutch by default, English kept beside it. Each feature keeps its own bundle in {@code vaadin-i18n/}
 * ({@code translations}, {@code catalogue}, …: a Dutch base file, an empty {@code _nl} file so Dutch lookups never
 * fall back to the JVM locale, and an {@code _en} file); a key is looked up in them in order.
 * <p>{@code @VaadinServiceEnabled} is what makes Vaadin CDI use this bean; without it Vaadin falls back to its
 * default provider, which reads the {@code translations} bundle only.
 */
@VaadinServiceEnabled
@ApplicationScoped
public class AppI18NProvider implements I18NProvider {

    private static final List<String> BUNDLES = List.of("vaadin-i18n.translations", "vaadin-i18n.catalogue",
            "vaadin-i18n.figures", "vaadin-i18n.security", "vaadin-i18n.imports",
            "vaadin-i18n.plan", "vaadin-i18n.report");

    @Override
    public List<Locale> getProvidedLocales() {
        return List.of(VaadinSetup.DUTCH, Locale.ENGLISH);
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        Locale lookup = locale != null && locale.getLanguage().equals("en") ? Locale.ENGLISH : VaadinSetup.DUTCH;
        for (String name : BUNDLES) {
            try {
                ResourceBundle bundle = ResourceBundle.getBundle(name, lookup);
                if (bundle.containsKey(key)) {
                    String pattern = bundle.getString(key);
                    return params.length == 0 ? pattern : new MessageFormat(pattern, lookup).format(params);
                }
            } catch (MissingResourceException e) {
                // this feature's bundle is not there (yet): look in the next one
            }
        }
        return "!" + key;
    }
}
