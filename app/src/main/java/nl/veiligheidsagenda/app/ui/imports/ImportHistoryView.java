package nl.veiligheidsagenda.app.ui.imports;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.imports.ImportRecord;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.Outcome;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.stream.Collectors;

/**
 * The import history: every apply with who ran it, when, its files (name, SHA-256, size), the outcome and the
 * counts. Names and details from files are shown as text.
 */
@Route("importeren/geschiedenis")
@RolesAllowed({"ADMIN", "THEME_OWNER"})
public class ImportHistoryView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d-M-yyyy HH:mm:ss");

    @Inject
    public ImportHistoryView(ImportService imports) {
        addClassName("va-page");
        add(new H1(getTranslation("imports.history.title")), new Paragraph(getTranslation("imports.history.intro")));
        Grid<ImportRecord> grid = new Grid<>();
        grid.addColumn(record -> WHEN.format(record.startedAt().atZoneSameInstant(ZoneId.of("Europe/Amsterdam"))))
                .setHeader(getTranslation("imports.history.when")).setAutoWidth(true);
        grid.addColumn(ImportRecord::runBy).setHeader(getTranslation("imports.history.who")).setAutoWidth(true);
        grid.addColumn(record -> record.files().stream().map(file -> file.name() + " (SHA-256 "
                        + file.sha256().substring(0, 12) + "…, " + file.size() + " bytes)")
                .collect(Collectors.joining("; "))).setHeader(getTranslation("imports.history.files"))
                .setResizable(true).setFlexGrow(2);
        grid.addColumn(record -> getTranslation("imports.history.outcome." + record.outcome()))
                .setHeader(getTranslation("imports.history.outcome")).setAutoWidth(true);
        grid.addColumn(record -> getTranslation("imports.counts", record.counts().get(Outcome.NEW),
                record.counts().get(Outcome.CHANGED), record.counts().get(Outcome.UNCHANGED),
                record.counts().get(Outcome.REFUSED), record.counts().get(Outcome.SKIPPED)))
                .setHeader(getTranslation("imports.history.counts")).setFlexGrow(2);
        grid.addColumn(ImportRecord::detail).setHeader(getTranslation("imports.history.detail")).setFlexGrow(3)
                .setResizable(true);
        grid.setItems(imports.history(CurrentUser.actor(), 200));
        grid.setEmptyStateText(getTranslation("imports.history.empty"));
        grid.getElement().setAttribute("aria-label", getTranslation("imports.history.title"));
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.history.title");
    }
}
