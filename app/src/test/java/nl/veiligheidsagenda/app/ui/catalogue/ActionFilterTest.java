package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Cadence;
import nl.veiligheidsagenda.core.model.Direction;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.Unit;
import nl.veiligheidsagenda.core.spi.PluginDescriptor;
import nl.veiligheidsagenda.core.spi.ThemePlugin;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The actions overview's filter and the index it filters, on two small hand-made themes. */
class ActionFilterTest {

    private static final Indicator SUSPECTS = new Indicator("a.verdachten", "Jeugdige verdachten",
            Unit.PER_1000_YOUNG_PEOPLE_12_24, "CBS", Cadence.annual(2019), "", Direction.LOWER_IS_BETTER, "",
            List.of());

    private static final CatalogueIndex INDEX = CatalogueIndex.of(List.of(
            theme("a", "Thema A", new Subject("a.jeugd", "Jonge aanwas", "", List.of(new Goal("a.doel",
                    "Jonge aanwas wordt voorkomen.", new EvaluationRule(EvaluationRule.Kind.QUALITATIVE,
                    "wordt voorkomen"), List.of(SUSPECTS), List.of(
                    action("a.pga", "PGA uitbreiden", List.of("Politie", "GGD"), List.of("Jeugd")),
                    action("a.zorg", "Zorgcoördinator inzetten", List.of("GGD"), List.of("Slachtoffers"))))))),
            theme("b", "Thema B", new Subject("b.wijk", "Overlast", "", List.of(new Goal("b.doel",
                    "Overlast daalt.", new EvaluationRule(EvaluationRule.Kind.DECREASE_AGAINST_BASELINE, "daalt"),
                    List.of(), List.of(
                    action("b.toezicht", "Toezicht op jeugdoverlast", List.of("Politie", "Boa's"),
                            List.of("Jeugd", "Almeerders")))))))));

    @Test
    void noFilterLetsEveryActionThrough() {
        assertThat(titles(ActionFilter.NONE))
                .containsExactly("PGA uitbreiden", "Zorgcoördinator inzetten", "Toezicht op jeugdoverlast");
    }

    @Test
    void filtersByPartnerAndTargetGroupTogether() {
        assertThat(titles(new ActionFilter(null, null, "Politie", "Jeugd", null)))
                .containsExactly("PGA uitbreiden", "Toezicht op jeugdoverlast");
        assertThat(titles(new ActionFilter(null, null, "GGD", "Jeugd", null))).containsExactly("PGA uitbreiden");
    }

    @Test
    void filtersByThemeAndSubject() {
        assertThat(titles(new ActionFilter("b", null, null, null, null))).containsExactly("Toezicht op jeugdoverlast");
        assertThat(titles(new ActionFilter("a", "a.jeugd", null, null, ""))).hasSize(2);
        assertThat(titles(new ActionFilter("a", "b.wijk", null, null, ""))).isEmpty();
    }

    @Test
    void freeTextIgnoresCaseAndAccentsAndSearchesTheContext() {
        assertThat(titles(new ActionFilter(null, null, null, null, "  COORDINATOR "))).containsExactly(
                "Zorgcoördinator inzetten");
        assertThat(titles(new ActionFilter(null, null, null, null, "overlast daalt"))).containsExactly(
                "Toezicht op jeugdoverlast");
        assertThat(titles(new ActionFilter(null, null, null, null, "boa's"))).containsExactly(
                "Toezicht op jeugdoverlast");
    }

    @Test
    void theIndexFindsGoalsAndIndicatorsWithTheirPlaceAndListsDistinctNames() {
        assertThat(INDEX.goal("b.doel")).hasValueSatisfying(place -> {
            assertThat(place.themeName()).isEqualTo("Thema B");
            assertThat(place.subject().name()).isEqualTo("Overlast");
        });
        assertThat(INDEX.goal("onbekend")).isEmpty();
        assertThat(INDEX.indicator("a.verdachten")).hasValueSatisfying(entry ->
                assertThat(entry.place().goal().id()).isEqualTo("a.doel"));
        assertThat(INDEX.partners()).containsExactly("Boa's", "GGD", "Politie");
        assertThat(INDEX.targetGroups()).containsExactly("Almeerders", "Jeugd", "Slachtoffers");
    }

    private static List<String> titles(ActionFilter filter) {
        return INDEX.actions().stream().filter(filter).map(ActionEntry::action).map(Action::title).toList();
    }

    private static Action action(String id, String title, List<String> partners, List<String> targetGroups) {
        return new Action(id, title, "Beschrijving van " + title.toLowerCase() + ".", partners, targetGroups, "");
    }

    private static ThemePlugin theme(String id, String name, Subject subject) {
        return new TestTheme(new PluginDescriptor(id, name, "1.0.0", "[1.0,2.0)", 1),
                new ThemeCatalogue("Inleiding.", List.of(subject)));
    }

    /** A theme plugin is two accessors: a record implements it. */
    private record TestTheme(PluginDescriptor descriptor, ThemeCatalogue catalogue) implements ThemePlugin {
    }
}
