package nl.veiligheidsagenda.app.ui;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.io.InputStreamReader;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/** Dutch is the default UI language and English is kept beside it: every key exists in both, every bundle. */
class TranslationsTest {

    private static Properties load(String resource) throws IOException {
        Properties properties = new Properties();
        try (InputStream stream = TranslationsTest.class.getResourceAsStream(resource)) {
            if (stream != null) {
                properties.load(new InputStreamReader(stream, StandardCharsets.UTF_8));
            }
        }
        return properties;
    }

    @Test
    void everyDutchKeyHasAnEnglishTranslationAndViceVersa() throws IOException {
        for (String bundle : Set.of("translations", "catalogue", "figures", "security", "plan", "report")) {
            Properties dutch = load("/vaadin-i18n/" + bundle + ".properties");
            Properties english = load("/vaadin-i18n/" + bundle + "_en.properties");
            assertThat(new TreeSet<>(english.stringPropertyNames())).as(bundle)
                    .isEqualTo(new TreeSet<>(dutch.stringPropertyNames()));
        }
    }

    @Test
    void looksUpDutchByDefaultAndEnglishWhenAsked() {
        AppI18NProvider provider = new AppI18NProvider();

        assertThat(provider.getTranslation("nav.start", Locale.of("nl", "NL"))).isEqualTo("Start");
        assertThat(provider.getTranslation("nav.start", Locale.ENGLISH)).isEqualTo("Home");
        assertThat(provider.getTranslation("start.theme-summary", Locale.of("nl", "NL"), 9, 9, 12, 1045))
                .isEqualTo("9 onderwerpen, 9 doelen, 12 effectindicatoren, 1.045 acties");
    }
}
