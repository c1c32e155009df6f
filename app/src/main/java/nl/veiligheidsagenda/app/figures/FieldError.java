package nl.veiligheidsagenda.app.figures;

/**
 * One rejected field of an input.
 *
 * @param field   the field's name as the API and the form call it (e.g. "value", "year")
 * @param rule    a stable code of the rule (e.g. "percentage-range")
 * @param message the rule in Dutch, naming the allowed values
 */
public record FieldError(String field, String rule, String message) {
}
