package nl.veiligheidsagenda.app.plan;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.Block.Link;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.registry.PlanDescriptionCheck;

import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Reads a deployment's plan description from a YAML file (the format is described at the top of the default file,
 * {@code plan/veiligheidsplan.yaml} of the distribution) and checks it with the core's {@link PlanDescriptionCheck}.
 * Every problem is collected and named with its place in the file, so whoever edits it fixes all of them at once.
 */
public final class PlanFile {

    /** Larger files are refused before they are parsed: a plan's own text is a few hundred kilobytes at most. */
    static final long MAX_BYTES = 2L * 1024 * 1024;

    private static final Set<String> BLOCK_KINDS = Set.of("heading", "paragraph", "list", "numbered", "quote",
            "table", "figure", "series", "actions", "links");

    private final List<String> problems = new ArrayList<>();

    private PlanFile() {
    }

    /** The plan description in {@code file}; a {@link PlanFileException} lists every problem of it. */
    public static PlanDescription read(Path file) {
        JsonNode root = parse(file);
        PlanFile reader = new PlanFile();
        PlanDescription plan = reader.plan(root);
        if (reader.problems.isEmpty()) {
            PlanDescriptionCheck.validate(plan)
                    .forEach(problem -> reader.problems.add(problem.message(Locale.ENGLISH)));
        }
        if (!reader.problems.isEmpty()) {
            throw new PlanFileException(file, reader.problems);
        }
        return plan;
    }

    private static JsonNode parse(Path file) {
        try {
            if (!Files.isRegularFile(file)) {
                throw new PlanFileException(file, List.of("the file does not exist (or is not a file)"));
            }
            if (Files.size(file) > MAX_BYTES) {
                throw new PlanFileException(file, List.of("the file is larger than " + MAX_BYTES / 1024 + " KB"));
            }
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(file.toFile());
            if (root == null || !root.isObject()) {
                throw new PlanFileException(file, List.of("the file holds no plan description (expected keys such "
                        + "as name, municipality, period, ambition, sections)"));
            }
            return root;
        } catch (JsonProcessingException e) {
            JsonLocation location = e.getLocation();
            String where = location == null ? "" : "line " + location.getLineNr() + ", column "
                    + location.getColumnNr() + ": ";
            throw new PlanFileException(file, List.of(where + "not valid YAML: " + e.getOriginalMessage()));
        } catch (IOException e) {
            throw new PlanFileException(file, List.of("cannot be read: " + e.getMessage()));
        }
    }

    private PlanDescription plan(JsonNode root) {
        allowOnly(root, "", Set.of("name", "municipality", "period", "ambition", "sections", "figures"));
        JsonNode municipality = object(root, "municipality");
        JsonNode period = object(root, "period");
        return new PlanDescription(text(root, "name", ""),
                new PlanDescription.Municipality(text(municipality, "name", "municipality."),
                        text(municipality, "cbsCode", "municipality.")),
                new PlanDescription.Period(year(period, "firstYear"), year(period, "lastYear")),
                text(root, "ambition", ""),
                list(root, "sections", "sections", this::section),
                list(root, "figures", "figures", this::figure));
    }

    private PlanDescription.Section section(JsonNode node, String where) {
        allowOnly(node, where + ".", Set.of("path", "title", "summary", "blocks"));
        return new PlanDescription.Section(text(node, "path", where + "."), text(node, "title", where + "."),
                optionalText(node, "summary", where + "."), list(node, "blocks", where + ".blocks", this::block));
    }

    private ContextFigure figure(JsonNode node, String where) {
        allowOnly(node, where + ".", Set.of("id", "title", "description", "unit", "source", "points"));
        return new ContextFigure(text(node, "id", where + "."), text(node, "title", where + "."),
                optionalText(node, "description", where + "."), text(node, "unit", where + "."),
                text(node, "source", where + "."), list(node, "points", where + ".points", (point, at) ->
                        new ContextFigure.DataPoint(text(point, "label", at + "."), number(point, "value", at))));
    }

    private Block block(JsonNode node, String where) {
        if (!node.isObject() || node.size() != 1) {
            problems.add(where + ": a block is a map with one key, one of " + String.join(", ",
                    BLOCK_KINDS.stream().sorted().toList()));
            return new Block.Paragraph("");
        }
        String kind = node.fieldNames().next();
        JsonNode value = node.get(kind);
        String at = where + " (" + kind + ")";
        return switch (kind) {
            case "heading" -> value.isObject()
                    ? new Block.Heading(value.path("level").asInt(1), text(value, "text", at + "."))
                    : new Block.Heading(1, scalar(value, at));
            case "paragraph" -> new Block.Paragraph(scalar(value, at));
            case "list", "numbered" -> new Block.ItemList(kind.equals("numbered"), strings(value, at));
            case "quote" -> new Block.Quote(text(value, "text", at + "."), text(value, "speaker", at + "."));
            case "table" -> table(value, at);
            case "figure" -> new Block.FigureChart(scalar(value, at));
            case "series" -> new Block.SeriesChart(text(value, "indicator", at + "."), text(value, "series", at + "."));
            case "actions" -> new Block.ActionList(optionalText(value, "subject", at + "."),
                    optionalText(value, "targetGroup", at + "."),
                    value.has("ids") ? strings(value.get("ids"), at + ".ids") : List.of());
            case "links" -> new Block.Links(list(value, at, this::link));
            default -> {
                problems.add(at + ": unknown kind of block; allowed: " + String.join(", ",
                        BLOCK_KINDS.stream().sorted().toList()));
                yield new Block.Paragraph("");
            }
        };
    }

    private Block.Table table(JsonNode node, String where) {
        allowOnly(node, where + ".", Set.of("caption", "columns", "rows", "source"));
        return new Block.Table(text(node, "caption", where + "."),
                list(node, "columns", where + ".columns", (column, at) -> new Block.Table.Column(
                        text(column, "label", at + "."), column.path("numeric").asBoolean(false))),
                list(node, "rows", where + ".rows", this::strings), optionalText(node, "source", where + "."));
    }

    private Link link(JsonNode node, String where) {
        for (Link.Target target : Link.Target.values()) {
            String key = target.name().toLowerCase(Locale.ROOT);
            if (node.has(key)) {
                return new Link(target, scalar(node.get(key), where + "." + key),
                        optionalText(node, "text", where + "."));
            }
        }
        problems.add(where + ": a link names its target as one of theme, subject, goal, indicator, action, page, "
                + "plan");
        return new Link(Link.Target.PLAN, "", "");
    }

    // -- small readers that record a problem and go on with a placeholder, so that every problem is found ----------

    private <T> List<T> list(JsonNode parent, String key, String where, Reader<T> reader) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            return List.of();
        }
        return list(node, where, reader);
    }

    private <T> List<T> list(JsonNode node, String where, Reader<T> reader) {
        if (!node.isArray()) {
            problems.add(where + ": must be a list");
            return List.of();
        }
        List<T> items = new ArrayList<>();
        for (int i = 0; i < node.size(); i++) {
            items.add(reader.read(node.get(i), where + "[" + (i + 1) + "]"));
        }
        return items;
    }

    @FunctionalInterface
    private interface Reader<T> {
        T read(JsonNode node, String where);
    }

    private List<String> strings(JsonNode node, String where) {
        return list(node, where, this::scalar);
    }

    private JsonNode object(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isObject()) {
            problems.add(key + ": required, a map");
            return MissingNode.getInstance();
        }
        return node;
    }

    private String text(JsonNode parent, String key, String prefix) {
        JsonNode node = parent.get(key);
        if (node == null || node.isNull()) {
            problems.add(prefix + key + ": required");
            return "";
        }
        return scalar(node, prefix + key);
    }

    private String optionalText(JsonNode parent, String key, String prefix) {
        JsonNode node = parent.get(key);
        return node == null || node.isNull() ? "" : scalar(node, prefix + key);
    }

    private String scalar(JsonNode node, String where) {
        if (!node.isValueNode()) {
            problems.add(where + ": must be text");
            return "";
        }
        return node.asText().strip();
    }

    private int year(JsonNode parent, String key) {
        JsonNode node = parent.get(key);
        if (node == null || !node.canConvertToInt()) {
            problems.add("period." + key + ": required, a year such as 2023");
            return 0;
        }
        return node.asInt();
    }

    private BigDecimal number(JsonNode parent, String key, String where) {
        JsonNode node = parent.get(key);
        if (node == null || !node.isNumber()) {
            problems.add(where + "." + key + ": required, a number such as 203 or 1.9");
            return BigDecimal.ZERO;
        }
        return node.decimalValue();
    }

    private void allowOnly(JsonNode node, String prefix, Set<String> keys) {
        if (!node.isObject()) {
            problems.add((prefix.isEmpty() ? "the file" : prefix.substring(0, prefix.length() - 1))
                    + ": must be a map");
            return;
        }
        for (Iterator<String> names = node.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!keys.contains(name)) {
                problems.add(prefix + name + ": unknown key; allowed: " + String.join(", ", keys.stream().sorted()
                        .toList()));
            }
        }
    }
}
