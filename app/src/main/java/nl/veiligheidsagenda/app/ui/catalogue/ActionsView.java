package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.provider.Query;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;

/** Every action of every enabled theme ({@code acties}), filtered by theme, subject, partner, target group, text. */
@Route("acties")
@Menu(order = 5, title = "catalogue.nav.actions", icon = "vaadin:tasks")
@PermitAll
public class ActionsView extends CataloguePage {

    private final ListDataProvider<ActionEntry> actions;
    private final Paragraph count = new Paragraph();

    @Inject
    public ActionsView(ThemeService themes) {
        super(themes);
        CatalogueIndex index = index();
        actions = new ListDataProvider<>(index.actions());
        count.setId("actions-count");
        count.getElement().setAttribute("role", "status");
        count.getStyle().set("font-weight", "600");
        add(heading(getTranslation("catalogue.actions.title")),
                new Paragraph(getTranslation("catalogue.actions.intro")), new ActionFilters(index, this::filter),
                count, new ActionGrid(actions));
        filter(ActionFilter.NONE);
    }

    private void filter(ActionFilter filter) {
        actions.setFilter(filter);
        count.setText(getTranslation("catalogue.actions.count", actions.size(new Query<>())));
    }
}
