package nl.veiligheidsagenda.app.ui.security;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.security.AuditEntry;
import nl.veiligheidsagenda.app.security.AuditLog;
import nl.veiligheidsagenda.app.security.Outcome;
import nl.veiligheidsagenda.app.security.Security;
import nl.veiligheidsagenda.app.themes.CatalogueIndex;
import nl.veiligheidsagenda.app.themes.ThemeService;

import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Admins read the audit log, filtered by person, action, object, result and period: who did what to what, when,
 * in words ({@link AuditText}), with room for the explanation. Read-only by design.
 */
@Route("beheer/audit")
@Menu(order = 23, title = "security.nav.audit", icon = "vaadin:records")
@RolesAllowed("ADMIN")
public class AuditLogView extends Div implements HasDynamicTitle {

    private static final int LIMIT = 500;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss");

    private final Security security;
    private final TextField actor = new TextField();
    private final ComboBox<String> action = new ComboBox<>();
    private final TextField target = new TextField();
    private final Select<Outcome> outcome = new Select<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker until = new DatePicker();
    private final Grid<AuditEntry> grid = new Grid<>();
    private final Span count = new Span();

    @Inject
    public AuditLogView(Security security, ThemeService themes) {
        this.security = security;
        Map<String, String> themeNames = new LinkedHashMap<>();
        themes.installed().forEach(status -> themeNames.put(status.id(), status.descriptor().name()));
        AuditText words = new AuditText(this::getTranslation, getLocale(), CatalogueIndex.of(themes.enabled()),
                themeNames);
        addClassName("va-page");
        add(new H1(getTranslation("security.audit.title")), new Paragraph(getTranslation("security.audit.intro")));
        actor.setLabel(getTranslation("security.audit.actor"));
        actor.setId("audit-actor");
        action.setLabel(getTranslation("security.audit.action"));
        action.setId("audit-action");
        action.setItems(AuditText.ACTIONS);
        action.setItemLabelGenerator(words::action);
        action.setClearButtonVisible(true);
        target.setLabel(getTranslation("security.audit.object"));
        outcome.setLabel(getTranslation("security.audit.outcome"));
        outcome.setItems(Outcome.values());
        outcome.setEmptySelectionAllowed(true);
        outcome.setEmptySelectionCaption(getTranslation("security.audit.any"));
        outcome.setItemLabelGenerator(value -> value == null ? getTranslation("security.audit.any")
                : getTranslation("security.outcome." + value.name()));
        from.setLabel(getTranslation("security.audit.from"));
        until.setLabel(getTranslation("security.audit.until"));
        Button search = new Button(getTranslation("security.audit.search"), click -> refresh());
        search.setId("audit-search");
        search.addThemeVariants(ButtonVariant.PRIMARY);
        search.addClickShortcut(com.vaadin.flow.component.Key.ENTER);
        FlexLayout filters = new FlexLayout(actor, action, target, outcome, from, until, search);
        filters.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        filters.setAlignItems(FlexComponent.Alignment.BASELINE);
        filters.getStyle().set("gap", "var(--lumo-space-m)");
        add(filters, count);

        // six columns that fit beside the menu, with the most room for the explanation; the client address is
        // the second line of "who"
        grid.addColumn(entry -> TIME.format(entry.occurredAt().atZoneSameInstant(ZoneId.systemDefault())))
                .setHeader(getTranslation("security.audit.time")).setWidth("7rem").setFlexGrow(0);
        grid.addColumn(LitRenderer.<AuditEntry>of("${item.actor}<br><span class=\"va-muted\">${item.origin}</span>")
                        .withProperty("actor", AuditEntry::actor).withProperty("origin", AuditEntry::originIp))
                .setHeader(getTranslation("security.audit.actor-origin")).setWidth("8rem").setFlexGrow(0);
        grid.addColumn(entry -> words.action(entry.action())).setHeader(getTranslation("security.audit.action"))
                .setWidth("9rem").setFlexGrow(1);
        grid.addColumn(entry -> words.target(entry.target())).setHeader(getTranslation("security.audit.object"))
                .setWidth("11rem").setFlexGrow(1);
        grid.addColumn(entry -> getTranslation("security.outcome." + entry.outcome().name()))
                .setHeader(getTranslation("security.audit.outcome")).setWidth("6rem").setFlexGrow(0);
        grid.addColumn(entry -> words.detail(entry.detail())).setHeader(getTranslation("security.audit.detail"))
                .setWidth("16rem").setFlexGrow(3);
        grid.addThemeVariants(GridVariant.WRAP_CELL_CONTENT, GridVariant.ROW_STRIPES);
        grid.setAriaLabel(getTranslation("security.audit.title"));
        grid.setHeight("70vh");
        add(grid);
        refresh();
    }

    private void refresh() {
        ZoneId zone = ZoneId.systemDefault();
        OffsetDateTime start = from.getValue() == null ? null : from.getValue().atStartOfDay(zone).toOffsetDateTime();
        OffsetDateTime end = until.getValue() == null ? null
                : until.getValue().plusDays(1).atStartOfDay(zone).toOffsetDateTime();
        List<AuditEntry> entries = security.audit().search(CurrentUser.actor(), new AuditLog.Query(actor.getValue(),
                action.getValue(), target.getValue(), outcome.getValue(), start, end, LIMIT));
        grid.setItems(entries);
        count.setText(getTranslation("security.audit.count", entries.size(), LIMIT));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("security.audit.title") + " | " + getTranslation("app.title");
    }
}
