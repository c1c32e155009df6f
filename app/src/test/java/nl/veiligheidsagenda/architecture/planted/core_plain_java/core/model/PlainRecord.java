package nl.veiligheidsagenda.architecture.planted.core_plain_java.core.model;

import java.util.List;

/** Planted: a model record that keeps the rule. */
public record PlainRecord(String id, List<String> names) {
}
