package nl.veiligheidsagenda.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * An extra page a theme contributes beside its landing page, as data: the shell renders its blocks. Keeping pages as
 * data keeps theme plugins free of UI code, and any page a theme owner writes needs no change to the shell.
 *
 * @param path             the page's path below the theme's route, lower-case letters, digits and dashes
 * @param title            the page title and menu label
 * @param introduction     core SPI 1.0/1.1: text shown above the figures (the plain-text convention of
 *                         {@link Block#fromText}); empty for pages written in blocks
 * @param contextFigureIds core SPI 1.0/1.1: the context figures shown, in order; empty for pages written in blocks
 * @param blocks           the page's content (core SPI 1.2)
 */
public record ThemePage(String path, String title, String introduction, List<String> contextFigureIds,
                        List<Block> blocks) {

    public ThemePage {
        introduction = introduction == null ? "" : introduction;
        contextFigureIds = List.copyOf(contextFigureIds);
        blocks = List.copyOf(blocks);
    }

    /** A page as core SPI 1.0 and 1.1 knew it: an introduction and context figures. */
    public ThemePage(String path, String title, String introduction, List<String> contextFigureIds) {
        this(path, title, introduction, contextFigureIds, List.of());
    }

    /** A page written in blocks. */
    public ThemePage(String path, String title, List<Block> blocks) {
        this(path, title, "", List.of(), blocks);
    }

    /**
     * What the shell shows: the introduction and the figures of a page of core SPI 1.0/1.1 as blocks (each figure as
     * a chart with its table), followed by the page's blocks.
     */
    public List<Block> content() {
        List<Block> content = new ArrayList<>(Block.fromText(introduction));
        contextFigureIds.forEach(id -> content.add(new Block.FigureChart(id)));
        content.addAll(blocks);
        return List.copyOf(content);
    }
}
