package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.List;
import java.util.function.Consumer;

/**
 * The filter fields of the actions overview, each with a visible label: theme, subject (of the chosen theme),
 * partner, target group and free text. Every change hands the new {@link ActionFilter} on.
 */
final class ActionFilters extends FlexLayout {

    private final ComboBox<ThemePlugin> theme = new ComboBox<>();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<String> partner = new ComboBox<>();
    private final ComboBox<String> targetGroup = new ComboBox<>();
    private final TextField text = new TextField();
    private final Consumer<ActionFilter> onChange;

    ActionFilters(CatalogueIndex index, Consumer<ActionFilter> onChange) {
        this.onChange = onChange;
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("catalogue.actions.filters"));
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");

        prepare(theme, "theme", index.themes());
        theme.setItemLabelGenerator(plugin -> plugin.descriptor().name());
        theme.getStyle().set("min-width", "20rem");
        prepare(subject, "subject", List.of());
        subject.setItemLabelGenerator(Subject::name);
        subject.getStyle().set("min-width", "20rem");
        subject.setEnabled(false);
        subject.setHelperText(getTranslation("catalogue.actions.filter.subject.helper"));
        prepare(partner, "partner", index.partners());
        prepare(targetGroup, "target-group", index.targetGroups());

        text.setId("filter-text");
        text.setLabel(getTranslation("catalogue.actions.filter.search"));
        text.setPlaceholder(getTranslation("catalogue.actions.filter.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.getStyle().set("min-width", "14rem");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> changed());

        theme.addValueChangeListener(event -> themeChanged(event.getValue()));
        Button reset = new Button(getTranslation("catalogue.actions.filter.reset"), event -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(theme, subject, partner, targetGroup, text, reset);
    }

    /** A combo box with id {@code filter-<name>} and label {@code catalogue.actions.filter.<name>}. */
    private <T> void prepare(ComboBox<T> field, String name, List<T> items) {
        field.setId("filter-" + name);
        field.setLabel(getTranslation("catalogue.actions.filter." + name));
        field.setItems(items);
        field.setClearButtonVisible(true);
        field.getStyle().set("min-width", "14rem");
        if (field != theme) {
            field.addValueChangeListener(event -> changed());
        }
    }

    private void themeChanged(ThemePlugin chosen) {
        subject.clear();
        subject.setItems(chosen == null ? List.of() : chosen.catalogue().subjects());
        subject.setEnabled(chosen != null);
        subject.setHelperText(chosen == null ? getTranslation("catalogue.actions.filter.subject.helper") : null);
        changed();
    }

    private void reset() {
        List.<HasValue<?, ?>>of(theme, subject, partner, targetGroup, text).forEach(HasValue::clear);
        changed();
    }

    private void changed() {
        onChange.accept(new ActionFilter(
                theme.getOptionalValue().map(plugin -> plugin.descriptor().id()).orElse(null),
                subject.getOptionalValue().map(Subject::id).orElse(null),
                partner.getValue(), targetGroup.getValue(), text.getValue()));
    }
}
