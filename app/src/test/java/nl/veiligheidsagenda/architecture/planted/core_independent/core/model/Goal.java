package nl.veiligheidsagenda.architecture.planted.core_independent.core.model;

/** Planted: a core record that keeps the rule. */
public record Goal(String id) {
}
