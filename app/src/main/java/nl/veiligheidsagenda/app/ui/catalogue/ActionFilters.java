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
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.ui.components.AddressQuery;
import nl.veiligheidsagenda.app.ui.figures.YearInAddress;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.spi.ThemePlugin;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * The filter fields of the actions overview, each with a visible label: the year, theme, subject (of the chosen
 * theme), partner, target group, the status reported in the year, and free text. Every change hands the new
 * {@link ActionFilter} on. The fields wrap and shrink to the width there is (a phone: one beneath the other).
 * The choices also live in the address ({@link #parameters()}, {@link #apply(Location)}):
 * {@code acties?jaar=2024&thema=wijken&status=lopend}.
 */
final class ActionFilters extends FlexLayout {

    static final String SUBJECT = "onderwerp";
    static final String PARTNER = "partner";
    static final String TARGET_GROUP = "doelgroep";
    static final String STATUS = "status";
    static final String TEXT = "zoek";
    /** The status choices as the address names them: Dutch words, the same in every language of the UI. */
    private static final Map<String, String> STATUS_IN_ADDRESS = Map.of(ActionStatus.NOT_STARTED.name(),
            "niet-gestart", ActionStatus.RUNNING.name(), "lopend", ActionStatus.COMPLETED.name(), "afgerond",
            ActionStatus.DELAYED.name(), "vertraagd", ActionStatus.STOPPED.name(), "gestopt",
            ActionFilter.NOTHING_REPORTED, "niets-gemeld");

    private final Select<Integer> year = new Select<>();
    private final ComboBox<ThemePlugin> theme = new ComboBox<>();
    private final ComboBox<Subject> subject = new ComboBox<>();
    private final ComboBox<String> partner = new ComboBox<>();
    private final ComboBox<String> targetGroup = new ComboBox<>();
    private final ComboBox<String> status = new ComboBox<>();
    private final TextField text = new TextField();
    private final Consumer<ActionFilter> onChange;
    private final IntFunction<Map<String, ActionStatus>> statusesIn;
    private Map<String, ActionStatus> reported;
    private boolean applying;

    /**
     * @param years       the years to choose from, {@code initial} first shown
     * @param statusesIn  the status reported in a year, by action id
     */
    ActionFilters(CatalogueIndex index, List<Integer> years, int initial,
                  IntFunction<Map<String, ActionStatus>> statusesIn, Consumer<ActionFilter> onChange) {
        this.onChange = onChange;
        this.statusesIn = statusesIn;
        this.reported = statusesIn.apply(initial);
        addClassName("va-filters");
        getElement().setAttribute("role", "search");
        getElement().setAttribute("aria-label", getTranslation("catalogue.actions.filters"));
        setFlexWrap(FlexWrap.WRAP);
        setAlignItems(FlexComponent.Alignment.BASELINE);
        getStyle().set("gap", "var(--lumo-space-m)");

        year.setId("filter-year");
        year.setLabel(getTranslation("dashboard.year"));
        year.setItems(years);
        year.setValue(initial);
        year.addClassName("va-filter");
        year.addValueChangeListener(event -> yearChanged(event.getValue()));
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
        status.setLabel(getTranslation("catalogue.actions.filter.status", initial));
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
        add(year, theme, subject, partner, targetGroup, status, text, reset);
    }

    /** The choices as the address names them (blank: not chosen). */
    Map<String, String> parameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put(PlanCalendar.YEAR_PARAMETER, String.valueOf(year.getValue()));
        parameters.put(AddressQuery.THEME, theme.getOptionalValue().map(plugin -> plugin.descriptor().id())
                .orElse(""));
        parameters.put(SUBJECT, subject.getOptionalValue().map(Subject::id).orElse(""));
        parameters.put(PARTNER, partner.getValue());
        parameters.put(TARGET_GROUP, targetGroup.getValue());
        parameters.put(STATUS, status.getOptionalValue().map(STATUS_IN_ADDRESS::get).orElse(""));
        parameters.put(TEXT, text.getValue());
        return parameters;
    }

    /**
     * Takes the choices an address names; a value that is not one of the choices (an unknown theme, a year outside
     * the plan) is ignored, as if it were absent. Hands the filter on once.
     */
    void apply(Location location, PlanCalendar calendar) {
        applying = true;
        try {
            year.setValue(YearInAddress.of(location, calendar).orElse(calendar.reportYear()));
            choose(theme, location, AddressQuery.THEME, plugin -> plugin.descriptor().id());
            choose(subject, location, SUBJECT, Subject::id);
            choose(partner, location, PARTNER, name -> name);
            choose(targetGroup, location, TARGET_GROUP, name -> name);
            choose(status, location, STATUS, STATUS_IN_ADDRESS::get);
            text.setValue(AddressQuery.value(location, TEXT));
        } finally {
            applying = false;
        }
        changed();
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

    /** Chooses the item whose name in the address is the parameter's value, or none. */
    private static <T> void choose(ComboBox<T> field, Location location, String parameter,
                                   Function<T, String> nameInAddress) {
        String wanted = AddressQuery.value(location, parameter);
        field.setValue(field.getListDataView().getItems().filter(item -> wanted.equals(nameInAddress.apply(item)))
                .findFirst().orElse(null));
    }

    private void yearChanged(int chosen) {
        reported = statusesIn.apply(chosen);
        status.setLabel(getTranslation("catalogue.actions.filter.status", chosen));
        changed();
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
        if (applying) {
            return;
        }
        onChange.accept(new ActionFilter(
                theme.getOptionalValue().map(plugin -> plugin.descriptor().id()).orElse(null),
                subject.getOptionalValue().map(Subject::id).orElse(null),
                partner.getValue(), targetGroup.getValue(), text.getValue(), status.getValue(), reported));
    }
}
