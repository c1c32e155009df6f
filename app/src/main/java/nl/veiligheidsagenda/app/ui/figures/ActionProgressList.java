package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.app.figures.StoredProgress;

import java.util.Comparator;
import java.util.List;

/**
 * What an action's owners reported on it, for every reader: per year (newest first) the status as icon and text
 * and the owner's note; or that nothing has been reported yet. The note is text, never markup.
 */
public class ActionProgressList extends Div {

    /**
     * @param actionTitle names the list for assistive technology ("Voortgang van ...")
     * @param reported    the action's progress of every year, in any order
     */
    public ActionProgressList(String actionTitle, List<StoredProgress> reported) {
        addClassName("va-action-progress");
        Span label = new Span(getTranslation("action-progress.label"));
        label.addClassName("va-action-progress-label");
        if (reported.isEmpty()) {
            add(new Paragraph(label, new Span(" " + getTranslation("action-progress.none"))));
            return;
        }
        UnorderedList years = new UnorderedList();
        years.getElement().setAttribute("aria-label", getTranslation("action-progress.of", actionTitle));
        reported.stream().sorted(Comparator.comparingInt(StoredProgress::year).reversed()).forEach(progress -> {
            Span year = new Span(String.valueOf(progress.year()));
            year.addClassName("va-action-progress-year");
            ListItem item = new ListItem(year, new ActionStatusBadge(progress.status()));
            if (!progress.note().isBlank()) {
                Span note = new Span(progress.note());
                note.addClassName("va-action-progress-note");
                item.add(note);
            }
            years.add(item);
        });
        add(label, years);
    }
}
