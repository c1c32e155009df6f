package nl.veiligheidsagenda.app.ui.figures;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.figures.DenominatorService;
import nl.veiligheidsagenda.app.figures.PlanCalendar;
import nl.veiligheidsagenda.app.figures.ConflictException;
import nl.veiligheidsagenda.app.figures.JdbcFigureStore.StoredDenominator;
import nl.veiligheidsagenda.app.figures.ValidationException;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;
import nl.veiligheidsagenda.core.model.Denominator;

import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Deployment data for rates: per year the number of residents, young people 12-24, dwellings and business
 * establishments. Owners may enter raw counts; these turn them into rates per 1,000. The page says which
 * denominators the enabled themes' indicators need and are still missing up to the report year (without one, a
 * count for that year is refused), and for which indicators.
 */
@Route("beheer/noemers")
@Menu(order = 21, title = "nav.denominators", icon = "vaadin:calc")
@RolesAllowed("ADMIN")
public class DenominatorsView extends Div implements HasDynamicTitle {

    private final DenominatorService denominators;
    private final Grid<StoredDenominator> grid = new Grid<>();
    private final IntegerField year = new IntegerField();
    private final Select<Denominator> kind = new Select<>();
    private final TextField population = new TextField();
    private final ThemeService themes;
    private final PlanCalendar calendar;
    private final Paragraph missingSummary = new Paragraph();
    private final UnorderedList missing = new UnorderedList();

    @Inject
    public DenominatorsView(DenominatorService denominators, PlanCalendar calendar, ThemeService themes) {
        this.denominators = denominators;
        this.themes = themes;
        this.calendar = calendar;
        addClassName("va-page");
        add(new H1(getTranslation("denominators.title")), new Paragraph(getTranslation("denominators.intro")));
        missingSummary.setId("denominators-missing-summary");
        missing.setId("denominators-missing");
        add(new H2(getTranslation("denominators.missing.title")), missingSummary, missing);

        year.setLabel(getTranslation("dashboard.year"));
        year.setValue(calendar.today().getYear() - 1);
        year.setStepButtonsVisible(true);
        kind.setLabel(getTranslation("denominators.kind"));
        kind.setItems(Denominator.values());
        kind.setItemLabelGenerator(item -> getTranslation("denominator." + item.name()));
        kind.setValue(Denominator.RESIDENTS);
        population.setLabel(getTranslation("denominators.population"));
        population.setHelperText(getTranslation("denominators.population-help"));
        Button save = new Button(getTranslation("denominators.save"), event -> save());
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout form = new HorizontalLayout(year, kind, population, save);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        form.setWrap(true);
        add(new H2(getTranslation("denominators.enter")), form);

        grid.addColumn(StoredDenominator::year).setHeader(getTranslation("dashboard.year"));
        grid.addColumn(row -> getTranslation("denominator." + row.kind().name()))
                .setHeader(getTranslation("denominators.kind"));
        grid.addColumn(row -> Formats.number(BigDecimal.valueOf(row.population()), getLocale()))
                .setHeader(getTranslation("denominators.population"));
        grid.addColumn(StoredDenominator::changedBy).setHeader(getTranslation("denominators.changed-by"));
        grid.setAllRowsVisible(true);
        grid.getElement().setAttribute("aria-label", getTranslation("denominators.title"));
        grid.addSelectionListener(event -> event.getFirstSelectedItem().ifPresent(row -> {
            year.setValue(row.year());
            kind.setValue(row.kind());
            population.setValue(Formats.number(BigDecimal.valueOf(row.population()), getLocale()));
        }));
        add(new H2(getTranslation("denominators.stored")), grid);
        refresh();
    }

    private void save() {
        population.setInvalid(false);
        Optional<BigDecimal> number = DutchNumbers.parse(population.getValue());
        if (number.isEmpty() || number.get().stripTrailingZeros().scale() > 0 || year.getValue() == null) {
            population.setInvalid(true);
            population.setErrorMessage(getTranslation("denominators.population-invalid"));
            return;
        }
        int version = denominators.denominators().stream()
                .filter(row -> row.year() == year.getValue() && row.kind() == kind.getValue())
                .mapToInt(StoredDenominator::version).findFirst().orElse(0);
        try {
            denominators.enterDenominator(CurrentUser.actor(), year.getValue(), kind.getValue(),
                    number.get().longValueExact(), version);
            Notification.show(getTranslation("denominators.saved")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            refresh();
        } catch (ValidationException e) {
            population.setInvalid(true);
            population.setErrorMessage(e.errors().getFirst().message());
        } catch (ConflictException e) {
            Notification.show(e.getMessage()).addThemeVariants(NotificationVariant.LUMO_ERROR);
            refresh();
        }
    }

    private void refresh() {
        List<StoredDenominator> stored = denominators.denominators();
        grid.setItems(stored);
        showMissing(stored);
    }

    /** Per kind the enabled themes use: the years up to the report year without a number, and who needs it. */
    private void showMissing(List<StoredDenominator> stored) {
        Map<Denominator, Set<String>> usedBy = new EnumMap<>(Denominator.class);
        CatalogueIndex.of(themes.enabled()).indicators().forEach(entry -> entry.indicator().series()
                .forEach(series -> series.unit().denominator().ifPresent(kind -> usedBy
                        .computeIfAbsent(kind, key -> new TreeSet<>()).add(entry.indicator().name()))));
        List<Integer> years = calendar.years().stream().filter(each -> each <= calendar.reportYear()).toList();
        missing.removeAll();
        usedBy.forEach((kind, indicators) -> {
            List<String> open = years.stream().filter(each -> stored.stream()
                    .noneMatch(row -> row.kind() == kind && row.year() == each)).map(String::valueOf).toList();
            if (!open.isEmpty()) {
                UnorderedList names = new UnorderedList();
                indicators.forEach(name -> names.add(new ListItem(name)));
                ListItem item = new ListItem(new Span(getTranslation("denominators.missing.kind",
                        getTranslation("denominator." + kind.name()), String.join(", ", open))),
                        new Details(getTranslation("denominators.missing.used-by", indicators.size()), names));
                item.getElement().setAttribute("data-kind", kind.name());
                missing.add(item);
            }
        });
        missingSummary.setText(missing.getComponentCount() == 0
                ? getTranslation("denominators.missing.none", calendar.reportYear())
                : getTranslation("denominators.missing.intro"));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("denominators.title") + " | " + getTranslation("app.title");
    }
}
