package nl.veiligheidsagenda.app.plan;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Blocks and figures as the JSON API writes them, for the plan's own text ({@code GET /api/v1/plan}) and the themes'
 * pages and approaches ({@code GET /api/v1/catalogue}): each block an object with its {@code type}; numbers in
 * tables stay the plain notation of the model ({@code "1.9"}).
 */
public final class ContentJson {

    private ContentJson() {
    }

    public record FigureJson(String id, String title, String description, String unit, String source,
                             List<Map<String, Object>> points) {
    }

    public static List<Map<String, Object>> blocks(List<Block> blocks) {
        return blocks.stream().map(ContentJson::block).toList();
    }

    public static FigureJson figure(ContextFigure figure) {
        return new FigureJson(figure.id(), figure.title(), figure.description(), figure.unit(), figure.source(),
                figure.points().stream().map(point -> Map.<String, Object>of("label", point.label(),
                        "value", point.value())).toList());
    }

    static Map<String, Object> block(Block block) {
        return switch (block) {
            case Block.Heading heading -> json("heading", "level", heading.level(), "text", heading.text());
            case Block.Paragraph paragraph -> json("paragraph", "text", paragraph.text());
            case Block.ItemList list -> json("list", "numbered", list.numbered(), "items", list.items());
            case Block.Quote quote -> json("quote", "text", quote.text(), "speaker", quote.speaker());
            case Block.Table table -> json("table", "caption", table.caption(), "columns", table.columns().stream()
                            .map(column -> json("column", "label", column.label(), "numeric", column.numeric()))
                            .toList(),
                    "rows", table.rows(), "source", table.source());
            case Block.FigureChart chart -> json("figureChart", "figureId", chart.figureId());
            case Block.SeriesChart chart -> json("seriesChart", "indicatorId", chart.indicatorId(),
                    "seriesId", chart.seriesId());
            case Block.ActionList list -> json("actionList", "subjectId", list.subjectId(),
                    "targetGroup", list.targetGroup(), "actionIds", list.actionIds());
            case Block.Links links -> json("links", "links", links.links().stream().map(link -> json("link",
                    "target", link.target().name().toLowerCase(Locale.ROOT), "id", link.id(), "text", link.text()))
                    .toList());
        };
    }

    /** An object with its {@code type} first, then the given keys and values in order. */
    private static Map<String, Object> json(String type, Object... keysAndValues) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", type);
        for (int i = 0; i < keysAndValues.length; i += 2) {
            json.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        return json;
    }
}
