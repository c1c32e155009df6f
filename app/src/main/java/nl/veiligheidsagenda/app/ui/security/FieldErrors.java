package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.html.Paragraph;
import nl.veiligheidsagenda.app.security.InvalidInputException;
import nl.veiligheidsagenda.app.security.InvalidInputException.Field;

import java.util.EnumMap;
import java.util.Map;

/**
 * Shows a refusal where it belongs: at the field it is about (the field's own error message, read out with it),
 * otherwise in a message above the form ({@link #summary()}, an alert). Every attempt starts by clearing what an
 * earlier one showed, so no stale error stands next to a success.
 */
final class FieldErrors {

    private final Map<Field, HasValidation> fields = new EnumMap<>(Field.class);
    private final Paragraph summary = new Paragraph();

    FieldErrors() {
        summary.addClassName("va-form-error");
        summary.getElement().setAttribute("role", "alert");
        summary.setVisible(false);
    }

    /**
     * Registers the input that refusals about {@code field} are shown at; its error stays until the person
     * changes the value or tries again.
     */
    <C extends HasValidation & HasValue<?, ?>> C at(Field field, C input) {
        input.setManualValidation(true);
        input.addValueChangeListener(event -> input.setInvalid(false));
        fields.put(field, input);
        return input;
    }

    /** The message for refusals about no field (or about a field this form does not show). */
    Paragraph summary() {
        return summary;
    }

    void clear() {
        fields.values().forEach(input -> {
            input.setInvalid(false);
            input.setErrorMessage(null);
        });
        summary.setText("");
        summary.setVisible(false);
    }

    void show(InvalidInputException error) {
        clear();
        HasValidation input = error.field().map(fields::get).orElse(null);
        if (input == null) {
            summary.setText(error.getMessage());
            summary.setVisible(true);
            return;
        }
        input.setErrorMessage(error.getMessage());
        input.setInvalid(true);
        if (input instanceof Focusable<?> focusable) {
            focusable.focus();
        }
    }
}
