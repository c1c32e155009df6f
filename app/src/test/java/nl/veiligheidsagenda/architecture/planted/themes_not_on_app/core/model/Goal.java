package nl.veiligheidsagenda.architecture.planted.themes_not_on_app.core.model;

/** Planted: a record of the core's model. */
public record Goal(String id) {
}
