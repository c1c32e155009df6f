package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link;
import nl.veiligheidsagenda.core.model.Block.Link.Target;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.PlanDescription.Municipality;
import nl.veiligheidsagenda.core.model.PlanDescription.Period;
import nl.veiligheidsagenda.core.model.PlanDescription.Section;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;

class PlanDescriptionCheckTest {

    private static final ContextFigure SURVEY = new ContextFigure("budget", "Budgetvraag", "", "euro", "Enquête",
            List.of(ContextFigure.DataPoint.of("Overlast", "124")));

    private static List<String> problems(PlanDescription plan) {
        return PlanDescriptionCheck.validate(plan).stream().map(problem -> problem.message(Locale.ENGLISH)).toList();
    }

    @Test
    void acceptsAPlanWhoseBlocksReferToItsOwnSectionsAndFiguresAndToAnyTheme() {
        PlanDescription plan = new PlanDescription("Veiligheidsplan Lelystad 2027-2030",
                new Municipality("Lelystad", "GM0995"), new Period(2027, 2030), "Lelystad is veilig.",
                List.of(new Section("inleiding", "Inleiding", "", List.of(new Block.Paragraph("Tekst."),
                                Block.ActionList.forTargetGroup("Jeugd"),
                                Block.Links.of(Link.to(Target.PLAN, "bijlage"), Link.to(Target.GOAL, "wijken.x")))),
                        new Section("bijlage", "Bijlage", "", List.of(new Block.FigureChart("budget")))),
                List.of(SURVEY));

        assertThat(problems(plan)).isEmpty();
    }

    @Test
    void namesEveryProblemWithItsField() {
        PlanDescription plan = new PlanDescription(" ", new Municipality("", "0034"), new Period(2026, 2023), "",
                List.of(new Section("Inleiding", "", "", List.of()),
                        new Section("bijlage", "Bijlage", "", List.of(new Block.FigureChart("onbekend"),
                                Block.Links.of(Link.to(Target.PLAN, "weg"))))),
                List.of(SURVEY, SURVEY));

        assertThat(problems(plan)).containsExactly(
                "name: is required",
                "municipality.name: is required",
                "municipality.cbsCode: a municipality's CBS code is GM and four digits (such as GM0363), not '0034'",
                "period: the period 2026-2023 is not a run of years (first year not after the last)",
                "ambition: is required",
                "budget: the id occurs more than once",
                "Inleiding: a page path consists of lower-case letters, digits and dashes",
                "Inleiding.title: is required",
                "Inleiding: a page must have content",
                "bijlage#1: an unknown context figure 'onbekend'",
                "bijlage#2: refers to 'weg', which does not exist");
    }
}
