package nl.veiligheidsagenda.app.ui.security;

import nl.veiligheidsagenda.app.DistLayout;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.ui.AppI18NProvider;
import org.junit.jupiter.api.Test;

import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The audit log in words: actions, objects and explanations named, codes gone, numbers in Dutch. */
class AuditTextTest {

    private static final AppI18NProvider I18N = new AppI18NProvider();
    private static final Locale DUTCH = Locale.of("nl", "NL");
    private static final Map<String, String> THEMES = Map.of("digitaal", "Digitale veiligheid", "wijken",
            "Veilige wijken");
    private static final AuditText WORDS = words(DUTCH);

    private static AuditText words(Locale locale) {
        return new AuditText((key, arguments) -> I18N.getTranslation(key, locale, arguments), locale,
                CatalogueIndex.of(DistLayout.themes()), THEMES);
    }

    @Test
    void everyActionTheApplicationWritesHasAName() {
        for (Locale locale : new Locale[] {DUTCH, Locale.ENGLISH}) {
            AuditText words = words(locale);
            assertThat(AuditText.ACTIONS).allSatisfy(code -> assertThat(words.action(code)).as(code)
                    .isNotEqualTo(code).doesNotStartWith("!"));
        }
        assertThat(WORDS.action("figure.enter")).isEqualTo("Cijfer invoeren");
        assertThat(WORDS.action("api.put")).isEqualTo("API-verzoek PUT");
        assertThat(WORDS.action("something.new")).as("unknown: as stored").isEqualTo("something.new");
    }

    @Test
    void objectsAreNamed() {
        assertThat(WORDS.target("figure:digitaal.misdrijven-cybercrime-gedigitaliseerd/cybercrime/2024"))
                .startsWith("Cijfer: Aantal misdrijven cybercrime").endsWith(" – Cybercrime, 2024");
        assertThat(WORDS.target("theme:wijken")).isEqualTo("Thema Veilige wijken");
        assertThat(WORDS.target("report:2025/2")).isEqualTo("Jaarrapportage 2025, editie 2");
        assertThat(WORDS.target("denominator:RESIDENTS/2024")).isEqualTo("Noemer: inwoners, 2024");
        assertThat(WORDS.target("person:a/b\"'></script>")).as("a typed name with slashes stays whole")
                .isEqualTo("Persoon a/b\"'></script>");
        assertThat(WORDS.target("figure:bestaat-niet/x/2024")).isEqualTo("Cijfer: bestaat-niet – x, 2024");
        assertThat(WORDS.target("GET /api/v1/themes")).isEqualTo("GET /api/v1/themes");
    }

    @Test
    void explanationsNameTheirCodesAndWriteNumbersInDutch() {
        assertThat(WORDS.detail("waarde 1.1 (aantal 1234, noemer 226000), FINAL, versie 2"))
                .isEqualTo("waarde 1,1 (aantal 1.234, noemer 226.000), definitief, versie 2");
        assertThat(WORDS.detail("was rol THEME_OWNER [digitaal], nu rol THEME_OWNER [digitaal, wijken]"))
                .isEqualTo("was rol thema-eigenaar (Digitale veiligheid), nu rol thema-eigenaar "
                        + "(Digitale veiligheid, Veilige wijken)");
        assertThat(WORDS.detail("RUNNING, versie 1")).isEqualTo("lopend, versie 1");
        assertThat(WORDS.detail("413: 70000 bytes aangekondigd; grens 65536")).as("other numbers as stored")
                .isEqualTo("413: 70000 bytes aangekondigd; grens 65536");
        assertThat(WORDS.detail("UNKNOWN_CODE stays")).isEqualTo("UNKNOWN_CODE stays");
    }
}
