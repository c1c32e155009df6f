package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.plan.PlanService;
import nl.veiligheidsagenda.app.figures.ProgressService;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.figures.ActionProgressList;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.Place;
import nl.veiligheidsagenda.core.model.Denominator;
import nl.veiligheidsagenda.core.model.Indicator;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static java.util.stream.Collectors.groupingBy;
import static java.util.stream.Collectors.toList;

/**
 * Youth, the plan's cross-cutting target group ({@code jeugd}): what the plan's own text says about it (the
 * paragraphs under its heading "Jeugd"), every action whose text names young people, per theme (H2) and goal (H3,
 * linking to the goal; each action links to its place on the theme page and shows the progress reported on it),
 * then the goals whose indicators count young people of 12 to 24.
 */
@Route("jeugd")
@Menu(order = 6, title = "catalogue.nav.youth", icon = "vaadin:group")
@PermitAll
public class YouthView extends CataloguePage {

    static final String YOUTH = "Jeugd";

    @Inject
    public YouthView(ThemeService themes, PlanService plan, ProgressService progress) {
        super(themes);
        Map<String, List<StoredProgress>> reported = progress.progressByAction();
        CatalogueIndex index = index();
        List<ActionEntry> actions = index.actions().stream()
                .filter(entry -> entry.action().targetGroups().contains(YOUTH)).toList();
        add(heading(getTranslation("catalogue.youth.title")));
        List<String> planText = plan.paragraphsUnder(YOUTH);
        if (planText.isEmpty()) {
            add(new Paragraph(getTranslation("catalogue.youth.intro")));
        }
        planText.forEach(text -> add(new Paragraph(text)));
        add(new Paragraph(getTranslation("catalogue.youth.summary", actions.size())));
        Map<String, Map<Place, List<ActionEntry>>> byTheme = actions.stream().collect(groupingBy(
                entry -> entry.place().themeName(), LinkedHashMap::new,
                groupingBy(ActionEntry::place, LinkedHashMap::new, toList())));
        byTheme.forEach((theme, byGoal) -> {
            Section section = new Section(new H2(theme));
            section.addClassName("va-card");
            byGoal.forEach((place, goalActions) -> {
                UnorderedList list = new UnorderedList();
                goalActions.forEach(entry -> list.add(new ListItem(new Anchor(CatalogueLinks.themePath(
                        entry.themeId()) + "#" + entry.action().id(), entry.action().title()),
                        new ActionProgressList(entry.action().title(), reported.getOrDefault(entry.action().id(),
                                List.of())))));
                section.add(new H3(CatalogueLinks.goal(place.goal())), list);
            });
            add(section);
        });
        addMeasuredGoals(index);
    }

    private void addMeasuredGoals(CatalogueIndex index) {
        add(new H2(getTranslation("catalogue.youth.measured.title")),
                new Paragraph(getTranslation("catalogue.youth.measured.intro")));
        UnorderedList goals = new UnorderedList();
        index.goals().forEach(place -> {
            List<Indicator> young = place.goal().indicators().stream().filter(YouthView::countsYoungPeople).toList();
            if (!young.isEmpty()) {
                Span theme = new Span(" (" + place.themeName() + ")");
                theme.addClassName("va-muted");
                UnorderedList indicators = new UnorderedList();
                young.forEach(indicator -> indicators.add(new ListItem(CatalogueLinks.indicator(indicator))));
                goals.add(new ListItem(CatalogueLinks.goal(place.goal()), theme, indicators));
            }
        });
        add(goals);
    }

    private static boolean countsYoungPeople(Indicator indicator) {
        Optional<Denominator> young = Optional.of(Denominator.YOUNG_PEOPLE_12_24);
        return indicator.unit().denominator().equals(young)
                || indicator.series().stream().anyMatch(series -> series.unit().denominator().equals(young));
    }
}
