package nl.veiligheidsagenda.app.ui.components;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;

import java.util.List;

/**
 * A table that becomes stacked rows on a phone (class {@code va-stack}, see the style sheet): each row a block,
 * each data cell beneath the other, preceded by its column's header ({@code data-label}), so no column runs off a
 * narrow screen. On wider screens it stays an ordinary table.
 */
public final class StackedTable {

    private StackedTable() {
    }

    /** Marks {@code table} to stack on a phone; its data cells are labelled once it is shown, rows complete. */
    public static <T extends NativeTable> T onPhones(T table) {
        table.addClassName("va-stack");
        table.addAttachListener(event -> label(table));
        return table;
    }

    private static void label(NativeTable table) {
        List<String> headers = table.getChildren().filter(NativeTableHeader.class::isInstance)
                .map(NativeTableHeader.class::cast).flatMap(head -> head.getRows().stream()).findFirst()
                .map(row -> row.getHeaderCells().stream().map(NativeTableHeaderCell::getText).toList())
                .orElse(List.of());
        table.getChildren().filter(NativeTableBody.class::isInstance).map(NativeTableBody.class::cast)
                .forEach(body -> body.getRows().forEach(row -> label(row, headers)));
    }

    private static void label(NativeTableRow row, List<String> headers) {
        List<Component> cells = row.getChildren().toList();
        for (int column = 0; column < cells.size() && column < headers.size(); column++) {
            if (cells.get(column) instanceof NativeTableCell cell) {
                cell.getElement().setAttribute("data-label", headers.get(column));
            }
        }
    }
}
