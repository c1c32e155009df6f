package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.app.figures.StoredProgress;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.ui.figures.ActionProgressList;

import java.util.List;
import java.util.Map;

/**
 * The actions as cards, one beneath the other, so they read on a phone as on a desktop: title, theme and subject
 * (linking to the goal), horizon, partners and target groups, the progress reported per year, and the plan's
 * description to unfold.
 */
final class ActionList extends UnorderedList {

    private final Map<String, List<StoredProgress>> progress;

    /** @param progress every action's reported progress, by action id */
    ActionList(Map<String, List<StoredProgress>> progress) {
        this.progress = progress;
        setId("actions-list");
        addClassName("va-card-list");
        getElement().setAttribute("aria-label", getTranslation("catalogue.actions.title"));
    }

    void show(List<ActionEntry> entries) {
        removeAll();
        entries.forEach(entry -> add(card(entry)));
    }

    private ListItem card(ActionEntry entry) {
        H2 title = new H2(entry.action().title());
        title.addClassName("va-card-title");
        Anchor goal = new Anchor(CatalogueLinks.goalPath(entry.place().goal().id()), entry.place().subject().name());
        goal.setTitle(entry.place().goal().statement());
        Paragraph place = new Paragraph(new Span(entry.place().themeName() + " · "), goal);
        place.addClassName("va-muted");
        Details description = new Details(getTranslation("catalogue.actions.description"),
                new PlanText(entry.action().description()));
        ListItem card = new ListItem(title, place, FactList.of(entry.action()),
                new ActionProgressList(entry.action().title(), progress.getOrDefault(entry.action().id(), List.of())),
                description);
        card.addClassName("va-card");
        card.setId("actie-" + entry.action().id());
        return card;
    }
}
