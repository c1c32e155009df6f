package nl.veiligheidsagenda.app.themes;

import com.fasterxml.jackson.annotation.JsonInclude;
import nl.veiligheidsagenda.core.registry.PluginProblem;

import java.util.List;
import java.util.Locale;

/** {@code GET /api/v1/themes}: every installed plugin with its state. */
public final class ThemesResource {

    private ThemesResource() {
    }

    @JsonInclude(JsonInclude.Include.NON_EMPTY)
    record ThemeJson(String id, String name, String version, String supportedCore, int order, boolean enabled,
                     boolean compatible, List<String> reasons) {
    }

    public static List<ThemeJson> list(ThemeService themes, Locale locale) {
        return themes.installed().stream().map(status -> new ThemeJson(status.id(), status.descriptor().name(),
                status.descriptor().version(), status.descriptor().supportedCore(), status.descriptor().order(),
                themes.isEnabled(status.id()), status.compatible(),
                status.problems().stream().map(problem -> problem.message(locale)).toList())).toList();
    }
}
