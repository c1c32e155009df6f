package nl.veiligheidsagenda.app.ui.content;

import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.ui.figures.ActionProgressList;
import nl.veiligheidsagenda.core.model.Action;

import java.util.List;

/**
 * One action as a list item: its title (a title of ours says so), horizon, the plan's text, partners and target
 * groups, the progress its owners reported per year, its parts (titled by us, each with its piece of the text) and
 * the same action elsewhere in the plan. The item's id is the action's, so a link to
 * {@code thema/<theme>#<action id>} lands on it.
 */
public class ActionCard extends ListItem {

    /**
     * @param showPlace whether to name the action's theme and subject (in lists that are not in the plan's order)
     */
    public ActionCard(ActionEntry entry, ContentTargets targets, boolean showPlace) {
        Action action = entry.action();
        addClassName("va-action");
        setId(action.id());
        add(title(action));
        if (showPlace) {
            add(BlockView.muted(getTranslation("content.action.place", entry.place().themeName(),
                    entry.place().subject().name())));
        }
        add(new PlanText(action.description()));
        add(names(action));
        add(new ActionProgressList(action.title(), targets.progress(action.id())));
        if (!action.parts().isEmpty()) {
            UnorderedList parts = new UnorderedList();
            parts.addClassName("va-action-parts");
            for (Action part : action.parts()) {
                ListItem item = new ListItem(title(part), new PlanText(part.description()));
                item.setId(part.id());
                item.add(names(part));
                seeAlso(part, targets, item);
                parts.add(item);
            }
            add(parts);
        }
        seeAlso(action, targets, this);
    }

    private Paragraph title(Action action) {
        Span title = new Span(action.title());
        title.addClassName("va-action-title");
        Paragraph line = new Paragraph(title);
        if (action.titleOrigin() == Action.TitleOrigin.OURS) {
            Span ours = new Span(getTranslation("content.action.title-ours"));
            ours.addClassName("va-title-ours");
            ours.getElement().setAttribute("title", getTranslation("content.action.title-ours.explained"));
            line.add(new Span(" "), ours);
        }
        if (!action.horizon().isBlank()) {
            line.add(new Span(" (" + action.horizon() + ")"));
        }
        return line;
    }

    private Paragraph names(Action action) {
        Paragraph names = new Paragraph();
        names.addClassName("va-muted");
        add(names, "content.action.partners", action.partners());
        add(names, "content.action.target-groups", action.targetGroups());
        return names;
    }

    private void add(Paragraph names, String key, List<String> values) {
        if (!values.isEmpty()) {
            if (names.getElement().getChildCount() > 0) {
                names.add(new Span(" · "));
            }
            names.add(new Span(getTranslation(key) + ": " + String.join(", ", values)));
        }
    }

    private static void seeAlso(Action action, ContentTargets targets, HasComponents to) {
        for (String other : action.seeAlso()) {
            Paragraph line = new Paragraph();
            line.addClassName("va-see-also");
            line.add(new Span(line.getTranslation("content.action.see-also") + " "));
            targets.action(other).ifPresentOrElse(
                    target -> line.add(new Anchor(target.href(), target.text())),
                    () -> line.add(new Span(line.getTranslation("content.link.unavailable", other))));
            to.add(line);
        }
    }
}
