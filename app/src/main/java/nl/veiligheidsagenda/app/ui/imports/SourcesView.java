package nl.veiligheidsagenda.app.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.Mapping;
import nl.veiligheidsagenda.core.model.PublishedSource;

import java.util.stream.Collectors;

/**
 * Every mapping in one table: which series (or denominator) comes from which published table, measure and
 * dimension values, whether it is a count or the value itself, who declares it and what is an assumption.
 */
@Route("beheer/bronnen")
@Menu(order = 24, title = "imports.sources.nav", icon = "vaadin:connect")
@RolesAllowed("ADMIN")
public class SourcesView extends Div implements HasDynamicTitle {

    @Inject
    public SourcesView(ImportService imports) {
        addClassName("va-page");
        add(new H1(getTranslation("imports.sources.title")),
                new Paragraph(getTranslation("imports.sources.intro", imports.region())));
        Grid<Mapping> grid = new Grid<>();
        grid.addColumn(mapping -> mapping.target().key()).setHeader(getTranslation("imports.sources.target"))
                .setResizable(true).setFlexGrow(2);
        grid.addColumn(mapping -> mapping.source().table()).setHeader(getTranslation("imports.sources.table"))
                .setAutoWidth(true);
        grid.addColumn(mapping -> code(mapping.source().measure()))
                .setHeader(getTranslation("imports.sources.measure")).setResizable(true).setFlexGrow(2);
        grid.addColumn(mapping -> mapping.source().filters().stream().map(filter -> filter.dimension() + " = "
                        + filter.values().stream().map(SourcesView::code).collect(Collectors.joining(" + ")))
                .collect(Collectors.joining("; "))).setHeader(getTranslation("imports.sources.filters"))
                .setResizable(true).setFlexGrow(3);
        grid.addColumn(mapping -> getTranslation("imports.sources.kind." + mapping.source().kind().name()))
                .setHeader(getTranslation("imports.sources.kind")).setAutoWidth(true);
        grid.addColumn(Mapping::origin).setHeader(getTranslation("imports.sources.origin")).setAutoWidth(true);
        grid.addColumn(Mapping::remark).setHeader(getTranslation("imports.sources.remark")).setFlexGrow(3)
                .setResizable(true);
        grid.setItems(imports.mappings());
        grid.getElement().setAttribute("aria-label", getTranslation("imports.sources.title"));
        add(grid);
    }

    private static String code(PublishedSource.Code code) {
        return code.title() + " [" + String.join(", ", code.keys()) + "]";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.sources.title");
    }
}
