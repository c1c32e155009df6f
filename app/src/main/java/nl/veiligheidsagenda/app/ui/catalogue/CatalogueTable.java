package nl.veiligheidsagenda.app.ui.catalogue;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasStyle;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import nl.veiligheidsagenda.app.ui.components.StackedTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * An accessible HTML table: named by the heading above it, a header row of column headers ({@code scope="col"}),
 * row headers ({@code scope="row"}, or {@code "rowgroup"} for a body of rows that share one), lines between rows;
 * stacked rows on a phone ({@link StackedTable}).
 */
class CatalogueTable extends NativeTable {

    /** A table named by {@code heading}, which gets {@code headingId} as its id. */
    CatalogueTable(H2 heading, String headingId, String... columnHeaders) {
        getStyle().set("width", "100%").set("border-collapse", "collapse")
                .set("margin-block-end", "var(--lumo-space-l)");
        heading.setId(headingId);
        getElement().setAttribute("aria-labelledby", headingId);
        NativeTableRow row = new NativeTableRow();
        for (String columnHeader : columnHeaders) {
            row.add(headerCell(columnHeader, "col"));
        }
        getHead().add(row);
        StackedTable.onPhones(this);
    }

    /** Fixed column widths (e.g. "20%"), so that every table of a page lines up the same way. */
    CatalogueTable columnWidths(String... widths) {
        getStyle().set("table-layout", "fixed");
        List<NativeTableHeaderCell> headers = getHead().getRows().getFirst().getHeaderCells();
        for (int column = 0; column < widths.length; column++) {
            headers.get(column).getStyle().set("width", widths[column]);
        }
        return this;
    }

    static NativeTableHeaderCell headerCell(String text, String scope) {
        NativeTableHeaderCell cell = styled(new NativeTableHeaderCell(text));
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    static NativeTableCell cell(String text) {
        return styled(new NativeTableCell(text));
    }

    static NativeTableCell cell(Component... content) {
        return styled(new NativeTableCell(content));
    }

    private static <T extends HasStyle> T styled(T cell) {
        cell.getStyle().set("text-align", "start").set("vertical-align", "top")
                .set("padding", "var(--lumo-space-s)")
                .set("border-bottom", "1px solid var(--lumo-contrast-20pct)").set("overflow-wrap", "break-word");
        return cell;
    }
}
