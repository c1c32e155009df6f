package nl.veiligheidsagenda.core.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One block of a page's content: the vocabulary in which themes write their extra pages and approaches, and a
 * deployment writes the plan's own text. The shell renders every block; a theme never ships UI code.
 * <p>All text is plain text: the shell escapes it and never interprets markup, so no block can carry HTML or
 * script. Numbers in tables are given in plain notation ({@code 1.9}) and shown in the reader's locale
 * ({@code 1,9} in Dutch).
 */
public sealed interface Block {

    /** A line that is an item of a numbered list in the plain-text convention: "1. ", "12. ". */
    Pattern NUMBERED_ITEM = Pattern.compile("\\d{1,2}\\.\\s+");

    /**
     * A heading inside a page. The page title is the page's only top-level heading, so level 1 is a section of the
     * page, 2 a subsection and 3 a sub-subsection.
     */
    record Heading(int level, String text) implements Block {

        public static Heading of(String text) {
            return new Heading(1, text);
        }
    }

    /** One paragraph of running text; line breaks inside it are spaces. */
    record Paragraph(String text) implements Block {
    }

    /** A bulleted or numbered list of short texts. */
    record ItemList(boolean numbered, List<String> items) implements Block {

        public ItemList {
            items = List.copyOf(items);
        }

        public static ItemList bullets(String... items) {
            return new ItemList(false, List.of(items));
        }

        public static ItemList numbered(String... items) {
            return new ItemList(true, List.of(items));
        }
    }

    /**
     * A quotation and who said or wrote it, e.g. "Bewoner (bewonersenquête 2022)" or "Coalitieakkoord".
     *
     * @param speaker the person, group or document quoted; never empty: a quote without a speaker is not a quote
     */
    record Quote(String text, String speaker) implements Block {
    }

    /**
     * A table with a caption, a header row and rows of cells. The first column holds the rows' labels (shown as row
     * headers); a numeric column holds numbers in plain notation ({@code 1.9}, {@code 203}) or empty cells.
     *
     * @param source where the figures come from, or empty
     */
    record Table(String caption, List<Column> columns, List<List<String>> rows, String source) implements Block {

        public Table {
            columns = List.copyOf(columns);
            rows = rows.stream().map(List::copyOf).toList();
            source = source == null ? "" : source;
        }

        /** A column's header text and whether its cells are numbers. */
        public record Column(String label, boolean numeric) {

            public static Column text(String label) {
                return new Column(label, false);
            }

            public static Column number(String label) {
                return new Column(label, true);
            }
        }
    }

    /**
     * A chart of a context figure: one bar per data point, with the figure's table as its text alternative. In a
     * theme's page the figure is one of the theme's; in the plan's text, one of the plan's.
     */
    record FigureChart(String figureId) implements Block {
    }

    /**
     * A chart of one series of an indicator: its yearly figures against its baseline, with the same data as a table
     * for its text alternative. The indicator may belong to any theme; the shell says so when that theme is off.
     */
    record SeriesChart(String indicatorId, String seriesId) implements Block {
    }

    /**
     * A list of actions. In a theme's page or approach the actions are the theme's own; in the plan's text, those of
     * every enabled theme. All restrictions that are given apply together; at least one must be given.
     *
     * @param subjectId   only the actions of this subject, or empty
     * @param targetGroup only the actions for this target group (e.g. "Jeugd"), or empty
     * @param actionIds   only these actions in this order, or empty
     */
    record ActionList(String subjectId, String targetGroup, List<String> actionIds) implements Block {

        public ActionList {
            subjectId = subjectId == null ? "" : subjectId;
            targetGroup = targetGroup == null ? "" : targetGroup;
            actionIds = List.copyOf(actionIds);
        }

        public static ActionList ofSubject(String subjectId) {
            return new ActionList(subjectId, "", List.of());
        }

        public static ActionList forTargetGroup(String targetGroup) {
            return new ActionList("", targetGroup, List.of());
        }

        /** Exactly these actions, in this order: how an approach places its actions between its texts. */
        public static ActionList of(Action... actions) {
            return new ActionList("", "", Arrays.stream(actions).map(Action::id).toList());
        }

        public boolean restricted() {
            return !subjectId.isBlank() || !targetGroup.isBlank() || !actionIds.isEmpty();
        }

        /**
         * True when {@code action}, of the subject {@code actionSubjectId}, passes the subject and target-group
         * restrictions (the shell orders and restricts by {@link #actionIds} itself).
         */
        public boolean matches(String actionSubjectId, Action action) {
            return (subjectId.isBlank() || subjectId.equals(actionSubjectId))
                    && (targetGroup.isBlank() || action.targetGroups().contains(targetGroup));
        }
    }

    /** Links to other places of the plan; the shell shows a link only where its target is enabled. */
    record Links(List<Link> links) implements Block {

        public Links {
            links = List.copyOf(links);
        }

        public static Links of(Link... links) {
            return new Links(List.of(links));
        }
    }

    /**
     * A link to a place of the plan, never to an address outside the app.
     *
     * @param target what kind of place
     * @param id     the place's id: a theme id, a subject, goal, indicator or action id, {@code <theme id>/<page path>}
     *               for a theme's page, or a section path of the plan's text ({@code ""} for the plan's overview)
     * @param text   the link's text; empty for the target's own name (the goal's statement, the page's title …)
     */
    record Link(Target target, String id, String text) {

        public Link {
            Objects.requireNonNull(target, "target");
            id = id == null ? "" : id;
            text = text == null ? "" : text;
        }

        public enum Target {
            THEME, SUBJECT, GOAL, INDICATOR, ACTION, PAGE, PLAN
        }

        public static Link to(Target target, String id) {
            return new Link(target, id, "");
        }
    }

    /**
     * The blocks of a text written in the themes' plain convention (the one of {@code introduction} fields):
     * paragraphs are separated by an empty line, lines of a paragraph are joined with a space, lines starting with
     * "- " or "■ " are the items of a bulleted list and lines starting with "1. ", "2. " … those of a numbered list.
     */
    static List<Block> fromText(String text) {
        List<Block> blocks = new ArrayList<>();
        if (text == null) {
            return blocks;
        }
        for (String chunk : text.strip().split("\\n\\s*\\n")) {
            StringBuilder paragraph = new StringBuilder();
            List<String> items = new ArrayList<>();
            boolean numbered = false;
            for (String line : chunk.lines().map(String::strip).toList()) {
                Matcher number = NUMBERED_ITEM.matcher(line);
                boolean bullet = line.startsWith("- ") || line.startsWith("■ ");
                if (bullet || number.lookingAt()) {
                    flushParagraph(paragraph, blocks);
                    if (!items.isEmpty() && numbered == bullet) {
                        flushItems(numbered, items, blocks);
                    }
                    numbered = !bullet;
                    items.add(line.substring(bullet ? 2 : number.end()).strip());
                } else if (!line.isEmpty()) {
                    flushItems(numbered, items, blocks);
                    paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
                }
            }
            flushParagraph(paragraph, blocks);
            flushItems(numbered, items, blocks);
        }
        return List.copyOf(blocks);
    }

    private static void flushParagraph(StringBuilder paragraph, List<Block> blocks) {
        if (!paragraph.isEmpty()) {
            blocks.add(new Paragraph(paragraph.toString()));
            paragraph.setLength(0);
        }
    }

    private static void flushItems(boolean numbered, List<String> items, List<Block> blocks) {
        if (!items.isEmpty()) {
            blocks.add(new ItemList(numbered, List.copyOf(items)));
            items.clear();
        }
    }
}
