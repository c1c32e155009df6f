package nl.veiligheidsagenda.app.ui.content;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.Tag;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.H5;
import com.vaadin.flow.component.html.H6;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCaption;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.core.model.Block;

import java.math.BigDecimal;
import java.util.List;

/**
 * Renders blocks: a theme's page or approach, or the plan's own text. Every text goes in as text (escaped by the
 * browser's DOM, never parsed as HTML); headings follow the page's outline; tables have a caption and header cells;
 * a chart is an image whose text alternative is the table beside it; numbers are in the reader's locale.
 */
public class BlockView extends Div {

    private final ContentTargets targets;
    private final int headingOffset;

    /**
     * @param headingOffset the level of the heading these blocks stand under (1 below the page title): a block
     *                      heading of level 1 becomes one level deeper
     */
    public BlockView(List<Block> blocks, ContentTargets targets, int headingOffset) {
        this.targets = targets;
        this.headingOffset = headingOffset;
        addClassName("va-blocks");
        blocks.forEach(block -> add(render(block)));
    }

    private Component render(Block block) {
        return switch (block) {
            case Block.Heading heading -> heading(heading.level() + headingOffset, heading.text());
            case Block.Paragraph paragraph -> new Paragraph(paragraph.text());
            case Block.ItemList list -> list(list.numbered(), list.items());
            case Block.Quote quote -> quote(quote);
            case Block.Table table -> table(table);
            case Block.FigureChart chart -> targets.figure(chart.figureId())
                    .<Component>map(figure -> new FigureChartView(figure, headingOffset + 1))
                    .orElseGet(() -> unavailable("content.figure.unavailable", chart.figureId()));
            case Block.SeriesChart chart -> targets.series(chart.indicatorId(), chart.seriesId())
                    .<Component>map(SeriesChartView::new)
                    .orElseGet(() -> unavailable("content.series.unavailable", chart.indicatorId()));
            case Block.ActionList list -> actions(list);
            case Block.Links links -> links(links);
        };
    }

    static Component heading(int level, String text) {
        return switch (Math.max(2, Math.min(6, level))) {
            case 2 -> new H2(text);
            case 3 -> new H3(text);
            case 4 -> new H4(text);
            case 5 -> new H5(text);
            default -> new H6(text);
        };
    }

    private static Component list(boolean numbered, List<String> items) {
        HtmlContainer list = numbered ? new OrderedList() : new UnorderedList();
        items.forEach(item -> list.add(new ListItem(item)));
        return list;
    }

    /** A quotation with its speaker: {@code <figure><blockquote>…</blockquote><figcaption>…</figcaption></figure>}. */
    private Component quote(Block.Quote quote) {
        Quotation text = new Quotation();
        for (Block part : Block.fromText(quote.text())) {
            text.add(switch (part) {
                case Block.ItemList list -> list(list.numbered(), list.items());
                case Block.Paragraph paragraph -> new Paragraph(paragraph.text());
                default -> new Paragraph("");
            });
        }
        Figure figure = new Figure();
        figure.addClassName("va-quote");
        figure.add(text, new FigureCaption("— " + quote.speaker()));
        return figure;
    }

    private Component table(Block.Table table) {
        NativeTable html = new NativeTable();
        html.addClassName("va-table");
        NativeTableCaption caption = new NativeTableCaption();
        caption.setText(table.caption());
        NativeTableRow headerRow = new NativeTableRow();
        table.columns().forEach(column -> {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(column.label());
            cell.getElement().setAttribute("scope", "col");
            if (column.numeric()) {
                cell.getStyle().set("text-align", "end");
            }
            headerRow.add(cell);
        });
        NativeTableBody body = new NativeTableBody();
        for (List<String> row : table.rows()) {
            NativeTableRow cells = new NativeTableRow();
            for (int column = 0; column < row.size(); column++) {
                Block.Table.Column kind = table.columns().get(column);
                String text = kind.numeric() && !row.get(column).isEmpty()
                        ? Formats.number(new BigDecimal(row.get(column)), getLocale()) : row.get(column);
                if (column == 0) {
                    NativeTableHeaderCell header = new NativeTableHeaderCell(text);
                    header.getElement().setAttribute("scope", "row");
                    cells.add(header);
                } else {
                    NativeTableCell cell = new NativeTableCell(text);
                    if (kind.numeric()) {
                        cell.getStyle().set("text-align", "end");
                    }
                    cells.add(cell);
                }
            }
            body.add(cells);
        }
        html.add(caption, new NativeTableHeader(headerRow), body);
        Div wrapper = new Div(html);
        if (!table.source().isBlank()) {
            wrapper.add(muted(getTranslation("indicator.source") + ": " + table.source()));
        }
        return wrapper;
    }

    private Component actions(Block.ActionList list) {
        var entries = targets.actions(list);
        if (entries.isEmpty()) {
            return unavailable("content.actions.none", "");
        }
        UnorderedList items = new UnorderedList();
        items.addClassName("va-actions");
        entries.forEach(entry -> items.add(new ActionCard(entry, targets, list.actionIds().isEmpty())));
        return items;
    }

    private Component links(Block.Links links) {
        UnorderedList items = new UnorderedList();
        items.addClassName("va-links");
        for (Block.Link link : links.links()) {
            items.add(targets.resolve(link)
                    .<ListItem>map(target -> new ListItem(new Anchor(target.href(), target.text())))
                    .orElseGet(() -> new ListItem(new Span(getTranslation("content.link.unavailable",
                            link.text().isBlank() ? link.id() : link.text())))));
        }
        return items;
    }

    private Component unavailable(String key, String id) {
        Paragraph text = muted(getTranslation(key, id));
        text.addClassName("va-unavailable");
        return text;
    }

    static Paragraph muted(String text) {
        Paragraph paragraph = new Paragraph(text);
        paragraph.addClassName("va-muted");
        return paragraph;
    }

    @Tag("blockquote")
    static final class Quotation extends HtmlContainer {
    }

    @Tag("figure")
    static final class Figure extends HtmlContainer {
    }

    @Tag("figcaption")
    static final class FigureCaption extends HtmlContainer {

        FigureCaption(String text) {
            setText(text);
        }
    }
}
