package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.FieldError;
import nl.veiligheidsagenda.app.figures.FigureInput;
import nl.veiligheidsagenda.app.figures.FigureService;
import nl.veiligheidsagenda.app.figures.FigureStatus;
import nl.veiligheidsagenda.app.figures.Plausibility;
import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.util.Optional;

/**
 * Entry of one series' figure for one year: a value (Dutch decimal comma) or, for rates, a raw count that is
 * turned into a rate per 1,000. Saving names the version it started from, so a figure changed by someone else
 * meanwhile is never overwritten silently. A value the rules allow but that is far from the series' baseline and
 * other years ({@link Plausibility}) is saved only after the owner confirms it; a refused "1.500" says how the dot
 * was read.
 */
class FigureRow extends HorizontalLayout {

    private final FigureService figures;
    private final Indicator indicator;
    private final Series series;
    private final int year;
    private final TextField value = new TextField();
    private final TextField count = new TextField();
    private final Select<FigureStatus> status = new Select<>();
    private final TextField source = new TextField();
    private final Span current = new Span();
    private int version;

    FigureRow(FigureService figures, Indicator indicator, Series series, int year) {
        this.figures = figures;
        this.indicator = indicator;
        this.series = series;
        this.year = year;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);

        value.setLabel(getTranslation("entry.value", series.name(),
                getTranslation("unit.short." + series.unit().name())));
        value.setHelperText(getTranslation("entry.value-help"));
        value.setWidth("14rem");
        value.setMaxWidth("100%");
        count.setLabel(getTranslation("entry.count"));
        count.setHelperText(getTranslation("entry.count-help"));
        count.setWidth("10rem");
        count.setMaxWidth("100%");
        count.setVisible(series.unit().denominator().isPresent());
        status.setLabel(getTranslation("entry.status"));
        status.setItems(FigureStatus.values());
        status.setItemLabelGenerator(item -> getTranslation("figure-status." + item.name()));
        status.setValue(FigureStatus.FINAL);
        source.setLabel(getTranslation("entry.source"));
        source.setMaxLength(500);
        source.setWidth("16rem");
        source.setMaxWidth("100%");
        Button save = new Button(getTranslation("entry.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.getElement().setAttribute("aria-label", getTranslation("entry.save-of", series.name(), year));
        add(value, count, status, source, save, current);
        load();
    }

    private void load() {
        Optional<StoredFigure> stored = figures.figures(indicator.id()).stream()
                .filter(figure -> figure.seriesId().equals(series.id()) && figure.year() == year).findFirst();
        version = stored.map(StoredFigure::version).orElse(0);
        stored.ifPresentOrElse(figure -> {
            value.setValue(Formats.number(figure.value(), getLocale()));
            status.setValue(figure.status());
            source.setValue(figure.sourceNote());
            current.setText(getTranslation("entry.current", Formats.number(figure.value(), getLocale()),
                    figure.enteredBy(), figure.version()));
        }, () -> current.setText(getTranslation("entry.none")));
    }

    private void save() {
        value.setInvalid(false);
        count.setInvalid(false);
        BigDecimal parsedValue = null;
        Long parsedCount = null;
        if (!count.isEmpty()) {
            Optional<BigDecimal> number = DutchNumbers.parse(count.getValue());
            if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0) {
                invalid(count, getTranslation("entry.count-invalid"));
                return;
            }
            parsedCount = number.get().longValueExact();
        } else if (!value.isEmpty()) {
            Optional<BigDecimal> number = DutchNumbers.parse(value.getValue());
            if (number.isEmpty()) {
                invalid(value, getTranslation("entry.value-invalid"));
                return;
            }
            parsedValue = number.get();
        }
        FigureInput input = new FigureInput(indicator.id(), series.id(), year, parsedValue, parsedCount,
                status.getValue(), source.getValue(), version);
        Optional<String> doubt = parsedValue == null ? Optional.empty()
                : Plausibility.doubt(series, year, parsedValue, figures.figures(indicator.id()));
        doubt.ifPresentOrElse(question -> confirm(question, input), () -> store(input));
    }

    /** An allowed but unlikely value: saved only when the owner says it is right. */
    private void confirm(String question, FigureInput input) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("entry.confirm.title"));
        Paragraph text = new Paragraph(question);
        text.setId("plausibility-question");
        dialog.add(text);
        Button cancel = new Button(getTranslation("entry.confirm.cancel"), event -> {
            dialog.close();
            value.focus();
        });
        cancel.setId("plausibility-cancel");
        Button save = new Button(getTranslation("entry.confirm.save"), event -> {
            dialog.close();
            store(input);
        });
        save.setId("plausibility-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(cancel, save);
        dialog.open();
        cancel.focus();
    }

    private void store(FigureInput input) {
        try {
            figures.enterFigure(CurrentUser.actor(), input);
            count.clear();
            load();
            Notification.show(getTranslation("entry.saved", series.name(), year))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (ValidationException e) {
            for (FieldError error : e.errors()) {
                switch (error.field()) {
                    case "count" -> invalid(count, error.message());
                    case "status" -> {
                        status.setInvalid(true);
                        status.setErrorMessage(error.message());
                    }
                    case "source" -> invalid(source, error.message());
                    default -> invalid(value, error.message() + groupingHint(input.value()));
                }
            }
        } catch (ConflictException e) {
            Notification.show(e.getMessage(), 8000, Notification.Position.MIDDLE)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
            load();
        }
    }

    /** "1.500" refused: the dot grouped thousands, which the owner may have meant as a decimal point. */
    private String groupingHint(BigDecimal parsed) {
        String typed = value.getValue().strip();
        if (parsed == null || !DutchNumbers.groupsThousands(typed)) {
            return "";
        }
        return " " + getTranslation("entry.grouped-hint", typed, Formats.number(parsed, getLocale()),
                typed.replace('.', ','));
    }

    private static void invalid(TextField field, String message) {
        field.setInvalid(true);
        field.setErrorMessage(message);
    }
}
