package nl.veiligheidsagenda.app.ui.catalogue;

import nl.veiligheidsagenda.app.figures.ActionStatus;
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

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/**
 * The filter fields of the actions overview, each with a visible label: theme, subject (of the chosen theme),
 * partner, target group, the status reported for the year, and free text. Every change hands the new
 * {@link ActionFilter} on. The fields wrap and shrink to the width there is (a phone: one beneath the other).
 */
final class ActionFilters extends FlexLayout {

    private final ComboBox<ThemePlugin> theme = new ComboBox<>();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<String> partner = new ComboBox<>();
    private final ComboBox<String> targetGroup = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Consumer<ActionFilter> onChange;
    private final Map<String, ActionStatus> reported;

    /**
     * @param year     the year whose reported status the status filter looks at
     * @param reported the status reported for {@code year}, by action id
     */
    ActionFilters(CatalogueIndex index, int year, Map<String, ActionStatus> reported,
                  Consumer<ActionFilter> onChange) {
        this.onChange = onChange;
        this.reported = Map.copyOf(reported);
        addClassName("va-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("catalogue.actions.filters"));
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");

        prepare(theme, "theme", index.themes());
        theme.setItemLabelGenerator(plugin -> plugin.descriptor().name());
        prepare(subject, "subject", List.of());
        subject.setItemLabelGenerator(Subject::name);
        subject.setEnabled(false);
        subject.setHelperText(getTranslation("catalogue.actions.filter.subject.helper"));
        prepare(partner, "partner", index.partners());
        prepare(targetGroup, "target-group", index.targetGroups());
        List<String> statuses = new ArrayList<>();
        for (ActionStatus each : ActionStatus.values()) {
            statuses.add(each.name());
        }
        statuses.add(ActionFilter.NOTHING_REPORTED);
        prepare(status, "status", statuses);
        status.setLabel(getTranslation("catalogue.actions.filter.status", year));
        status.setItemLabelGenerator(choice -> choice.equals(ActionFilter.NOTHING_REPORTED)
                ? getTranslation("action-progress.nothing") : getTranslation("action-status." + choice));

        text.setId("filter-text");
        text.setLabel(getTranslation("catalogue.actions.filter.search"));
        text.setPlaceholder(getTranslation("catalogue.actions.filter.search.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.addClassName("va-filter");
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(event -> changed());

        theme.addValueChangeListener(event -> themeChanged(event.getValue()));
        Button reset = new Button(getTranslation("catalogue.actions.filter.reset"), event -> reset());
        reset.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        add(theme, subject, partner, targetGroup, status, text, reset);
    }

    /** A combo box with id {@code filter-<name>} and label {@code catalogue.actions.filter.<name>}. */
    private <T> void prepare(ComboBox<T> field, String name, List<T> items) {
        field.setId("filter-" + name);
        field.setLabel(getTranslation("catalogue.actions.filter." + name));
        field.setItems(items);
        field.setClearButtonVisible(true);
        field.addClassName("va-filter");
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
        List.<HasValue<?, ?>>of(theme, subject, partner, targetGroup, status, text).forEach(HasValue::clear);
        changed();
    }

    private void changed() {
        onChange.accept(new ActionFilter(
                theme.getOptionalValue().map(plugin -> plugin.descriptor().id()).orElse(null),
                subject.getOptionalValue().map(Subject::id).orElse(null),
                partner.getValue(), targetGroup.getValue(), text.getValue(), status.getValue(), reported));
    }
}
