package nl.veiligheidsagenda.core.registry;

import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link.Target;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every block obeys, wherever it stands: in a theme's page or approach, or in the plan's own text. A block
 * may refer to anything of the plan; what lies in its own scope (the theme's own elements, the plan's own sections
 * and figures) must exist, what lies elsewhere must at least be a well-formed id (that theme may be off).
 */
final class BlockRules {

    /** Receives one violation: the element it concerns, the rule's key and the rule's arguments. */
    interface Violations {
        void add(String elementId, String rule, Object... arguments);
    }

    /**
     * What the blocks of one scope may refer to.
     *
     * @param themeId   the theme whose blocks these are, or empty for the plan's own text
     * @param figureIds the context figures of the scope
     * @param ownIds    the scope's own ids by kind of link target (a page: {@code <theme id>/<path>}; a section of
     *                  the plan: its path)
     * @param seriesIds the scope's own series as {@code <indicator id>/<series id>}
     */
    record Scope(String themeId, Set<String> figureIds, Map<Target, Set<String>> ownIds, Set<String> seriesIds) {

        boolean own(Target target, String id) {
            return switch (target) {
                case THEME -> !themeId.isEmpty() && id.equals(themeId);
                case PAGE -> !themeId.isEmpty() && id.startsWith(themeId + "/");
                case PLAN -> themeId.isEmpty();
                default -> !themeId.isEmpty() && id.startsWith(themeId + ".");
            };
        }

        boolean known(Target target, String id) {
            return target == Target.THEME || target == Target.PLAN && id.isEmpty()
                    || ownIds.getOrDefault(target, Set.of()).contains(id);
        }
    }

    static final Pattern ELEMENT_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*\\.[a-z0-9]+(-[a-z0-9]+)*");
    static final Pattern PATH = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PAGE_ID = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*/[a-z0-9]+(-[a-z0-9]+)*");
    private static final Pattern PLAIN_NUMBER = Pattern.compile("-?\\d+(\\.\\d+)?");

    private final Scope scope;
    private final Violations violations;

    BlockRules(Scope scope, Violations violations) {
        this.scope = scope;
        this.violations = violations;
    }

    /** Checks {@code blocks}, naming each as {@code <where>#<position from 1>}. */
    void check(String where, List<Block> blocks) {
        for (int i = 0; i < blocks.size(); i++) {
            String element = where + "#" + (i + 1);
            Block block = blocks.get(i);
            if (block == null) {
                violations.add(element, "block-null");
            } else {
                check(element, block);
            }
        }
    }

    private void check(String element, Block block) {
        switch (block) {
            case Block.Heading heading -> {
                if (heading.level() < 1 || heading.level() > 3) {
                    violations.add(element, "heading-level", heading.level());
                }
                notBlank(element, "text", heading.text());
            }
            case Block.Paragraph paragraph -> notBlank(element, "text", paragraph.text());
            case Block.ItemList list -> {
                if (list.items().isEmpty() || list.items().stream().anyMatch(item -> item == null || item.isBlank())) {
                    violations.add(element, "list-item-blank");
                }
            }
            case Block.Quote quote -> {
                notBlank(element, "text", quote.text());
                notBlank(element, "speaker", quote.speaker());
            }
            case Block.Table table -> checkTable(element, table);
            case Block.FigureChart chart -> {
                if (!scope.figureIds().contains(chart.figureId())) {
                    violations.add(element, "unknown-figure", chart.figureId());
                }
            }
            case Block.SeriesChart chart -> checkSeries(element, chart);
            case Block.ActionList list -> checkActionList(element, list);
            case Block.Links links -> {
                if (links.links().isEmpty()) {
                    violations.add(element, "links-empty");
                }
                links.links().forEach(link -> reference(element, link.target(), link.id()));
            }
        }
    }

    private void checkTable(String element, Block.Table table) {
        notBlank(element, "caption", table.caption());
        if (table.columns().isEmpty() || table.rows().isEmpty()) {
            violations.add(element, "table-empty");
            return;
        }
        table.columns().forEach(column -> notBlank(element, "column", column.label()));
        for (int row = 0; row < table.rows().size(); row++) {
            List<String> cells = table.rows().get(row);
            if (cells.size() != table.columns().size()) {
                violations.add(element, "table-row-width", row + 1, cells.size(), table.columns().size());
                continue;
            }
            for (int column = 0; column < cells.size(); column++) {
                String cell = cells.get(column) == null ? "" : cells.get(column);
                if (table.columns().get(column).numeric() && !cell.isEmpty()
                        && !PLAIN_NUMBER.matcher(cell).matches()) {
                    violations.add(element, "table-number", row + 1, column + 1, cell);
                }
            }
        }
    }

    private void checkSeries(String element, Block.SeriesChart chart) {
        if (reference(element, Target.INDICATOR, chart.indicatorId())
                && scope.own(Target.INDICATOR, chart.indicatorId())
                && !scope.seriesIds().contains(chart.indicatorId() + "/" + chart.seriesId())) {
            violations.add(element, "unknown-reference", chart.indicatorId() + "/" + chart.seriesId());
        }
    }

    private void checkActionList(String element, Block.ActionList list) {
        if (!list.restricted()) {
            violations.add(element, "action-list-unrestricted");
        }
        if (!list.subjectId().isBlank()) {
            reference(element, Target.SUBJECT, list.subjectId());
        }
        list.actionIds().forEach(id -> reference(element, Target.ACTION, id));
    }

    /** True when {@code id} is well-formed for {@code target}; a violation when it is not, or is ours but unknown. */
    boolean reference(String element, Target target, String id) {
        Pattern format = switch (target) {
            case THEME -> PATH;
            case PAGE -> PAGE_ID;
            case PLAN -> id.isEmpty() ? Pattern.compile("") : PATH;
            default -> ELEMENT_ID;
        };
        if (id == null || !format.matcher(id).matches()) {
            violations.add(element, "reference-format", target, id);
            return false;
        }
        if (scope.own(target, id) && !scope.known(target, id)) {
            violations.add(element, "unknown-reference", id);
            return false;
        }
        return true;
    }

    private void notBlank(String element, String field, String value) {
        if (value == null || value.isBlank()) {
            violations.add(element, "blank", field);
        }
    }
}
