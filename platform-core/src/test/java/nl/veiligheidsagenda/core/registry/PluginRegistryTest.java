package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import nl.veiligheidsagenda.core.spi.Version;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static nl.veiligheidsagenda.core.registry.TestPlugins.plugin;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PluginRegistryTest {

    private static final Version CORE = Version.parse("1.0");

    private static PluginStatus only(PluginRegistry registry, String source) {
        return registry.installed().stream().filter(status -> status.source().equals(source)
                || status.id().equals(source)).findFirst().orElseThrow();
    }

    private static List<PluginProblem.Kind> kinds(PluginStatus status) {
        return status.problems().stream().map(PluginProblem::kind).toList();
    }

    @Test
    void acceptsPluginWhoseRangeContainsTheCore() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("wijken", "[1.0,2.0)")), CORE);

        assertThat(registry.installed()).singleElement().satisfies(status -> {
            assertThat(status.compatible()).isTrue();
            assertThat(status.problems()).isEmpty();
        });
        assertThat(registry.enabled()).extracting(p -> p.descriptor().id()).containsExactly("wijken");
    }

    @Test
    void refusesPluginThatNeedsANewerCore() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("wijken", "[2.0,3.0)")), CORE);

        PluginStatus status = only(registry, "wijken");
        assertThat(kinds(status)).containsExactly(PluginProblem.Kind.NEEDS_NEWER_CORE);
        assertThat(status.problems().getFirst().message()).contains("[2.0,3.0)", "1.0", "werk het platform bij");
        assertThat(registry.enabled()).isEmpty();
    }

    @Test
    void refusesPluginThatOnlySupportsAnOlderCore() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("wijken", "[0.5,1.0)")), CORE);

        assertThat(kinds(only(registry, "wijken"))).containsExactly(PluginProblem.Kind.NEEDS_OLDER_CORE);
        assertThat(only(registry, "wijken").problems().getFirst().message(Locale.ENGLISH))
                .contains("install a newer version of the plugin");
    }

    @Test
    void refusesTheSecondPluginWithADuplicateIdAndKeepsTheFirst() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("wijken", "[1.0,2.0)"),
                plugin("wijken", "[1.0,2.0)")), CORE);

        assertThat(registry.installed()).extracting(PluginStatus::compatible).containsExactlyInAnyOrder(true, false);
        PluginStatus refused = registry.installed().stream().filter(s -> !s.compatible()).findFirst().orElseThrow();
        assertThat(kinds(refused)).containsExactly(PluginProblem.Kind.DUPLICATE_ID);
        assertThat(registry.enabled()).hasSize(1);
    }

    @Test
    void refusesABrokenDescriptorWithEveryReasonAtOnce() {
        ThemePlugin broken = plugin(new PluginDescriptor("Not An Id", " ", "", "[1.0", 1),
                () -> TestPlugins.validCatalogue("x"));

        PluginStatus status = PluginRegistry.of(List.of(broken), CORE).installed().getFirst();

        assertThat(kinds(status)).containsExactly(PluginProblem.Kind.DESCRIPTOR_INVALID,
                PluginProblem.Kind.DESCRIPTOR_INVALID, PluginProblem.Kind.DESCRIPTOR_INVALID,
                PluginProblem.Kind.UNSUPPORTED_RANGE);
        assertThat(status.problems()).extracting(PluginProblem::message)
                .anySatisfy(message -> assertThat(message).contains("'id'", "Not An Id"))
                .anySatisfy(message -> assertThat(message).contains("'name'"))
                .anySatisfy(message -> assertThat(message).contains("'version'"))
                .anySatisfy(message -> assertThat(message).contains("[1.0"));
    }

    @Test
    void refusesAPluginWhoseDescriptorThrowsAndNamesItsClass() {
        ThemePlugin throwing = new ThemePlugin() {
            @Override
            public PluginDescriptor descriptor() {
                throw new IllegalStateException("plugin.properties is missing");
            }

            @Override
            public ThemeCatalogue catalogue() {
                return null;
            }
        };

        PluginStatus status = PluginRegistry.of(List.of(throwing), CORE).installed().getFirst();

        assertThat(kinds(status)).containsExactly(PluginProblem.Kind.DESCRIPTOR_FAILED);
        assertThat(status.problems().getFirst().message()).contains(throwing.getClass().getName(),
                "plugin.properties is missing");
    }

    @Test
    void refusesAPluginWhoseCatalogueFailsToLoad() {
        ThemePlugin failing = plugin(new PluginDescriptor("wijken", "Veilige wijken", "1.0.0", "[1.0,2.0)", 3),
                () -> {
                    throw new IllegalArgumentException("bad figure");
                });

        PluginStatus status = PluginRegistry.of(List.of(failing), CORE).installed().getFirst();

        assertThat(kinds(status)).containsExactly(PluginProblem.Kind.CATALOGUE_FAILED);
        assertThat(status.problems().getFirst().message()).contains("wijken", "bad figure");
    }

    @Test
    void refusesOnlyTheFaultyPluginWhileTheOthersLoad() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("ondermijning", "[1.0,2.0)"),
                plugin("digitaal", "[3.0,)"), plugin("wijken", "[1.0,2.0)")), CORE);

        assertThat(registry.accepted()).extracting(p -> p.descriptor().id())
                .containsExactlyInAnyOrder("ondermijning", "wijken");
        assertThat(only(registry, "digitaal").compatible()).isFalse();
    }

    @Test
    void switchesThemesOnAndOffAndTellsListeners() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("ondermijning", "[1.0,2.0)"),
                plugin("wijken", "[1.0,2.0)")), CORE);
        List<List<String>> seen = new ArrayList<>();
        registry.addListener(r -> seen.add(r.enabled().stream().map(p -> p.descriptor().id()).toList()));

        registry.setEnabled("wijken", false);
        registry.setEnabled("wijken", false);
        registry.setEnabled("wijken", true);

        assertThat(seen).containsExactly(List.of("ondermijning"), List.of("ondermijning", "wijken"));
        assertThat(registry.isEnabled("wijken")).isTrue();
    }

    @Test
    void cannotSwitchOnARefusedPlugin() {
        PluginRegistry registry = PluginRegistry.of(List.of(plugin("wijken", "[2.0,3.0)")), CORE);

        assertThatThrownBy(() -> registry.setEnabled("wijken", true))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("wijken");
    }
}
