package nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.model;

/** Planted: a record of the core's model. */
public record Goal(String id) {
}
