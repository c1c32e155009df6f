package nl.veiligheidsagenda.core.spi;

import nl.veiligheidsagenda.core.model.SeriesSource;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.List;
import java.util.Optional;

/**
 * The one service a theme module provides. The host discovers it with {@link java.util.ServiceLoader}, checks
 * its descriptor against the running core SPI and validates its catalogue before anything of it is shown.
 */
public interface ThemePlugin {

    /** Who the plugin is and which core SPI versions it works with. */
    PluginDescriptor descriptor();

    /** The theme's content: subjects, goals, indicators, actions, context figures and extra pages. */
    ThemeCatalogue catalogue();

    /**
     * The theme's own judgement of one of its indicators, overriding the core's default rule; empty (the default)
     * keeps the default rule. Most themes never override this.
     */
    default Optional<IndicatorEvaluation> evaluation(String indicatorId) {
        return Optional.empty();
    }

    /**
     * Where the theme's series are published in statistics tables, for importing their figures from the tables'
     * files; empty (the default) when the theme maps none. Since core SPI 1.2.
     */
    default List<SeriesSource> sources() {
        return List.of();
    }
}
