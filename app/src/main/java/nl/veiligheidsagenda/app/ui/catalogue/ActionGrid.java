package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.function.ValueProvider;
import jakarta.enterprise.inject.Vetoed;
import nl.veiligheidsagenda.app.ui.components.PlanText;
import nl.veiligheidsagenda.app.themes.CatalogueIndex.ActionEntry;

import java.util.List;

/**
 * The actions in a grid: title, theme, subject (linking to the goal), partners, target groups and horizon.
 * Selecting a row (click, or Space on the focused row) shows the action's description beneath it. Not a CDI bean
 * (vetoed, so that Weld does not inspect the grid's optional Spring data methods).
 */
@Vetoed
final class ActionGrid extends Grid<ActionEntry> {

    private static final String WRAPPING = "<span style=\"overflow-wrap: anywhere\">${item.text}</span>";

    ActionGrid(ListDataProvider<ActionEntry> actions) {
        textColumn(entry -> entry.action().title(), "title", "10rem", 3);
        textColumn(entry -> entry.place().themeName(), "theme", "9.5rem", 1);
        addComponentColumn(ActionGrid::goalLink).setHeader(getTranslation("catalogue.actions.column.goal"))
                .setWidth("9.5rem");
        textColumn(entry -> joined(entry.action().partners()), "partners", "10rem", 1);
        textColumn(entry -> joined(entry.action().targetGroups()), "target-groups", "8rem", 1);
        textColumn(entry -> entry.action().horizon(), "horizon", "8rem", 0);
        getColumns().forEach(column -> column.setResizable(true));

        setItems(actions).setIdentifierProvider(entry -> entry.action().id());
        setItemDetailsRenderer(new ComponentRenderer<>(this::description));
        setDetailsVisibleOnClick(false);
        setSelectionMode(SelectionMode.SINGLE);
        asSingleSelect().addValueChangeListener(event -> {
            if (event.getOldValue() != null) {
                setDetailsVisible(event.getOldValue(), false);
            }
            if (event.getValue() != null) {
                setDetailsVisible(event.getValue(), true);
            }
        });
        addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
        setAllRowsVisible(true);
        setAriaLabel(getTranslation("catalogue.actions.title"));
    }

    /** A text column whose long words break rather than being cut off with an ellipsis. */
    private void textColumn(ValueProvider<ActionEntry, String> text, String name, String width, int flexGrow) {
        addColumn(LitRenderer.<ActionEntry>of(WRAPPING).withProperty("text", text))
                .setHeader(getTranslation("catalogue.actions.column." + name)).setWidth(width).setFlexGrow(flexGrow);
    }

    /** The subject's name, linking to the goal the action serves (the goal's statement is its tooltip). */
    private static Anchor goalLink(ActionEntry entry) {
        Anchor link = new Anchor(CatalogueLinks.goalPath(entry.place().goal().id()), entry.place().subject().name());
        link.setTitle(entry.place().goal().statement());
        link.getStyle().set("overflow-wrap", "anywhere");
        return link;
    }

    private Div description(ActionEntry entry) {
        Paragraph goal = new Paragraph(new Text(getTranslation("goal.label") + ": "),
                CatalogueLinks.goal(entry.place().goal()));
        Div details = new Div(new PlanText(entry.action().description()), goal);
        details.getStyle().set("padding", "var(--lumo-space-s) var(--lumo-space-m)");
        return details;
    }

    private static String joined(List<String> names) {
        return String.join(", ", names);
    }
}
