package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link;
import nl.veiligheidsagenda.core.model.Block.Link.Target;
import nl.veiligheidsagenda.core.model.Block.Table.Column;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import nl.veiligheidsagenda.core.model.ThemePage;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

/** The rules for theme pages written in blocks, approaches and sub-actions (core SPI 1.2). */
class BlockValidationTest {

    private static final ThemeCatalogue VALID = TestPlugins.validCatalogue("wijken");

    private static List<String> problems(ThemeCatalogue catalogue) {
        return CatalogueValidator.validate("wijken", catalogue).stream()
                .map(problem -> problem.message(Locale.ENGLISH)).toList();
    }

    private static ThemeCatalogue withPage(Block... blocks) {
        ContextFigure figure = new ContextFigure("wijken.budget", "Budget", "", "euro", "Enquête",
                List.of(ContextFigure.DataPoint.of("Overlast", "124")));
        return new ThemeCatalogue(VALID.introduction(), VALID.subjects(), List.of(figure),
                List.of(new ThemePage("demo", "Demo", List.of(blocks))));
    }

    private static ThemeCatalogue withApproach(List<Block> approach, Action... actions) {
        Subject valid = VALID.subjects().getFirst();
        Goal goal = valid.goals().getFirst();
        Goal withActions = new Goal(goal.id(), goal.statement(), goal.rule(), goal.indicators(), List.of(actions));
        return new ThemeCatalogue(VALID.introduction(),
                List.of(new Subject(valid.id(), valid.name(), "", List.of(withActions), approach)));
    }

    private static Action action(String slug) {
        return new Action("wijken." + slug, "Titel", "Tekst.", List.of("Politie"), List.of("Jeugd"), "");
    }

    @Test
    void acceptsAPageWithEveryKindOfBlockReferringToItsOwnElements() {
        ThemeCatalogue catalogue = withPage(
                Block.Heading.of("Kop"),
                new Block.Paragraph("Tekst."),
                Block.ItemList.numbered("een", "twee"),
                new Block.Quote("Veiligheid is een gevoel.", "Bewoner"),
                new Block.Table("Budget", List.of(Column.text("Thema"), Column.number("Bedrag")),
                        List.of(List.of("Overlast", "124"), List.of("Crisis", "")), "Enquête"),
                new Block.FigureChart("wijken.budget"),
                new Block.SeriesChart("wijken.incidenten", "totaal"),
                new Block.SeriesChart("crisis.elders", "totaal"),
                Block.ActionList.forTargetGroup("Jeugd"),
                Block.Links.of(Link.to(Target.GOAL, "wijken.overlast-daalt"), Link.to(Target.THEME, "crisis"),
                        Link.to(Target.PAGE, "wijken/demo"), Link.to(Target.PLAN, ""),
                        new Link(Target.ACTION, "ondermijning.kapot-sterk", "Kapot Sterk")));

        assertThat(problems(catalogue)).isEmpty();
    }

    @Test
    void namesEveryBrokenBlockByPageAndPosition() {
        ThemeCatalogue catalogue = withPage(
                new Block.Heading(4, "Te diep"),
                new Block.Quote("Zonder spreker.", " "),
                Block.ItemList.bullets("een", ""),
                new Block.Table("Budget", List.of(Column.text("Thema"), Column.number("Bedrag")),
                        List.of(List.of("Overlast", "1,9"), List.of("Crisis")), ""),
                new Block.FigureChart("wijken.onbekend"),
                new Block.SeriesChart("wijken.incidenten", "onbekend"),
                new Block.ActionList("", "", List.of()),
                Block.Links.of(Link.to(Target.GOAL, "wijken.weg"), Link.to(Target.INDICATOR, "javascript:alert(1)")));

        assertThat(problems(catalogue)).containsExactly(
                "Theme 'wijken', element 'demo#1': a heading has level 1, 2 or 3, not 4",
                "Theme 'wijken', element 'demo#2': the field 'speaker' cannot be blank",
                "Theme 'wijken', element 'demo#3': a list must have items and no item may be empty",
                "Theme 'wijken', element 'demo#4': row 1, column 2 of the table must be a number (such as 1.9),"
                        + " not '1,9'",
                "Theme 'wijken', element 'demo#4': row 2 of the table has 1 cells, the table 2 columns",
                "Theme 'wijken', element 'demo#5': an unknown context figure 'wijken.onbekend'",
                "Theme 'wijken', element 'demo#6': refers to 'wijken.incidenten/onbekend', which does not exist",
                "Theme 'wijken', element 'demo#7': a list of actions must name a subject, a target group or actions",
                "Theme 'wijken', element 'demo#8': refers to 'wijken.weg', which does not exist",
                "Theme 'wijken', element 'demo#8': 'javascript:alert(1)' is not a valid id for a link to"
                        + " INDICATOR");
    }

    @Test
    void anApproachPlacesEveryActionOfItsSubjectExactlyOnce() {
        Action first = action("eerste");
        Action second = action("tweede");
        Action third = action("derde");
        List<Block> approach = List.of(new Block.Paragraph("Wij gaan het volgende doen:"),
                Block.ActionList.of(first, first), new Block.Paragraph("Verder:"),
                new Block.ActionList("", "", List.of("wijken.elders")), Block.ActionList.ofSubject("wijken.overlast"));

        assertThat(problems(withApproach(approach, first, second, third))).containsExactlyInAnyOrder(
                "Theme 'wijken', element 'wijken.overlast/aanpak': a list of actions in an approach names its"
                        + " actions by id",
                "Theme 'wijken', element 'wijken.overlast/aanpak#4': refers to 'wijken.elders', which does not exist",
                "Theme 'wijken', element 'wijken.overlast/aanpak': the approach names action 'wijken.elders', which"
                        + " does not belong to this subject",
                "Theme 'wijken', element 'wijken.overlast/aanpak': the approach names action 'wijken.eerste' more"
                        + " than once",
                "Theme 'wijken', element 'wijken.overlast/aanpak': the approach does not name action 'wijken.derde'"
                        + " of this subject",
                "Theme 'wijken', element 'wijken.overlast/aanpak': the approach does not name action"
                        + " 'wijken.tweede' of this subject");
        assertThat(problems(withApproach(List.of(new Block.Paragraph("Lead-in."), Block.ActionList.of(first, second)),
                first, second))).isEmpty();
    }

    @Test
    void partsAreActionsOfTheThemeWhoseNamesTheActionCarriesToo() {
        Action part = new Action("wijken.deel", "Deel", "Tekst.", List.of("GGD"), List.of("Jeugd"), "").titledByUs()
                .withParts(action("dieper"));
        Action whole = action("geheel").withParts(part, new Action("wijken.geheel", "Dubbel", "Tekst.", List.of(),
                List.of(), "")).withSeeAlso("ondermijning.kapot-sterk", "wijken.geheel", "Kapot Sterk");

        List<String> problems = new ArrayList<>(problems(withApproach(List.of(), whole)));

        assertThat(problems).containsExactlyInAnyOrder(
                "Theme 'wijken', element 'wijken.geheel': 'wijken.geheel' is not a valid id of another action",
                "Theme 'wijken', element 'wijken.geheel': 'Kapot Sterk' is not a valid id of another action",
                "Theme 'wijken', element 'wijken.deel': a part of an action cannot have parts of its own",
                "Theme 'wijken', element 'wijken.deel': 'GGD' is on a part of the action but not on the action"
                        + " itself",
                "Theme 'wijken', element 'wijken.geheel': the id occurs more than once");
    }

    @Test
    void aPageOfCoreOnePointOneIsCheckedAsBefore() {
        ThemeCatalogue catalogue = new ThemeCatalogue(VALID.introduction(), VALID.subjects(), List.of(),
                List.of(new ThemePage("Cijfers!", "", "", List.of("wijken.weg"))));

        assertThat(problems(catalogue)).containsExactly(
                "Theme 'wijken', element 'Cijfers!': a page path consists of lower-case letters, digits and"
                        + " dashes",
                "Theme 'wijken', element 'Cijfers!': the field 'title' cannot be blank",
                "Theme 'wijken', element 'Cijfers!#1': an unknown context figure 'wijken.weg'");
    }
}
