package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import nl.veiligheidsagenda.core.model.ContextFigure;

/**
 * A context figure as an accessible HTML table with a caption, a header row and its points, numbers in the
 * Dutch format.
 */
public class FigureTable extends Div {

    public FigureTable(ContextFigure figure) {
        NativeTable table = new NativeTable();
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(figure.title());
        table.add(caption);
        NativeTableHeader header = new NativeTableHeader();
        NativeTableRow headerRow = new NativeTableRow();
        NativeTableHeaderCell label = new NativeTableHeaderCell(getTranslation("figure.label"));
        label.getElement().setAttribute("scope", "col");
        NativeTableHeaderCell value = new NativeTableHeaderCell(getTranslation("figure.value", figure.unit()));
        value.getElement().setAttribute("scope", "col");
        headerRow.add(label, value);
        header.add(headerRow);
        NativeTableBody body = new NativeTableBody();
        for (ContextFigure.DataPoint point : figure.points()) {
            NativeTableRow row = new NativeTableRow();
            NativeTableHeaderCell rowHeader = new NativeTableHeaderCell(point.label());
            rowHeader.getElement().setAttribute("scope", "row");
            NativeTableCell cell = new NativeTableCell(Formats.number(point.value(), getLocale()));
            cell.getStyle().set("text-align", "end");
            row.add(rowHeader, cell);
            body.add(row);
        }
        table.add(header, body);
        add(StackedTable.onPhones(table));
    }
}
