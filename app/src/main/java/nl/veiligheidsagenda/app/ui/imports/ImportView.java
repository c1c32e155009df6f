package nl.veiligheidsagenda.app.ui.imports;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.imports.Figure;
import nl.veiligheidsagenda.app.imports.ImportFile;
import nl.veiligheidsagenda.app.imports.ImportResult;
import nl.veiligheidsagenda.app.imports.ImportRow;
import nl.veiligheidsagenda.app.imports.ImportService;
import nl.veiligheidsagenda.app.imports.ImportTexts;
import nl.veiligheidsagenda.app.imports.Outcome;
import nl.veiligheidsagenda.app.imports.Uploads;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.ui.components.Formats;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Taking in files: upload one or more (CBS OData JSON pages, a StatLine CSV download, our template), see what will
 * change per record (new, changed old → new, unchanged, refused with the reason, skipped), then import all of it in
 * one go. Reading and storing run in the background with their progress; every text from a file is shown as text.
 */
@Route("importeren")
@Menu(order = 5, title = "imports.nav", icon = "vaadin:upload")
@RolesAllowed({"ADMIN", "THEME_OWNER"})
public class ImportView extends Div implements HasDynamicTitle {

    private final ImportService imports;
    private final Uploads uploads;
    private final Actor actor;
    private final List<ImportFile> files = new CopyOnWriteArrayList<>();
    private final Upload upload;
    private final Checkbox provisionalReplacesFinal = new Checkbox();
    private final Button previewButton = new Button();
    private final Button applyButton = new Button();
    private final Button clearButton = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Paragraph fileList = new Paragraph();
    private final ImportRowsGrid rows;
    private final Select<Outcome> outcomeFilter = new Select<>();
    private ImportResult shown;

    @Inject
    public ImportView(ImportService imports, Uploads uploads) {
        this.imports = imports;
        this.uploads = uploads;
        this.actor = CurrentUser.actor();
        this.rows = new ImportRowsGrid();
        addClassName("va-page");
        add(new H1(getTranslation("imports.title")),
                new Paragraph(getTranslation("imports.intro", imports.region())),
                new Paragraph(getTranslation("imports.formats")));
        Anchor template = new Anchor("/api/v1/imports/template.csv", getTranslation("imports.template"));
        template.getElement().setAttribute("download", true);
        Anchor history = new Anchor("importeren/geschiedenis", getTranslation("imports.history-link"));
        add(new Paragraph(template), new Paragraph(history));

        UploadHandler receiver = event -> {
            try {
                files.add(uploads.store(event.getFileName(), event.getInputStream()));
            } catch (Uploads.TooLargeException e) {
                event.reject(ImportTexts.text(e.reason(), getLocale()));
            }
        };
        upload = new Upload(receiver);
        upload.setMaxFileSize((int) Math.min(Integer.MAX_VALUE, uploads.maxBytes()));
        upload.setAcceptedFileTypes(".json", ".csv", ".txt", "application/json", "text/csv");
        upload.setDropAllowed(true);
        upload.setI18n(UploadTexts.of(this::getTranslation));
        upload.getElement().setAttribute("aria-label", getTranslation("imports.upload"));
        upload.addAllFinishedListener(event -> {
            showFiles();
            preview();
        });
        provisionalReplacesFinal.setLabel(getTranslation("imports.provisional-replaces-final"));
        provisionalReplacesFinal.addValueChangeListener(event -> {
            if (!files.isEmpty()) {
                preview();
            }
        });
        previewButton.setText(getTranslation("imports.preview"));
        previewButton.addClickListener(event -> preview());
        applyButton.setText(getTranslation("imports.apply"));
        applyButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        applyButton.setEnabled(false);
        applyButton.addClickListener(event -> apply());
        clearButton.setText(getTranslation("imports.clear"));
        clearButton.addClickListener(event -> clear());
        progress.setVisible(false);
        progress.setIndeterminate(true);
        progress.getElement().setAttribute("aria-label", getTranslation("imports.progress"));
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        status.addClassName("va-import-status");

        outcomeFilter.setLabel(getTranslation("imports.filter"));
        outcomeFilter.setItems(Outcome.values());
        outcomeFilter.setEmptySelectionAllowed(true);
        outcomeFilter.setEmptySelectionCaption(getTranslation("imports.filter.all"));
        outcomeFilter.setItemLabelGenerator(outcome -> outcome == null ? getTranslation("imports.filter.all")
                : getTranslation("imports.outcome." + outcome.name()));
        outcomeFilter.addValueChangeListener(event -> showRows());

        add(new H2(getTranslation("imports.step.files")), upload, fileList, provisionalReplacesFinal,
                new HorizontalLayout(previewButton, applyButton, clearButton), progress, status,
                new H2(getTranslation("imports.step.preview")), outcomeFilter, rows);
        showFiles();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("imports.title");
    }

    private void showFiles() {
        List<String> names = new ArrayList<>();
        files.forEach(file -> names.add(file.name()));
        fileList.setText(names.isEmpty() ? getTranslation("imports.no-files")
                : getTranslation("imports.files", String.join(", ", names)));
        previewButton.setEnabled(!files.isEmpty());
        clearButton.setEnabled(!files.isEmpty());
    }

    private ImportService.Options options() {
        return new ImportService.Options(provisionalReplacesFinal.getValue());
    }

    private void busy(boolean busy) {
        progress.setVisible(busy);
        previewButton.setEnabled(!busy && !files.isEmpty());
        applyButton.setEnabled(!busy && shown != null && shown.refusal() == null && shown.writes() > 0);
        clearButton.setEnabled(!busy && !files.isEmpty());
        provisionalReplacesFinal.setEnabled(!busy);
    }

    private void preview() {
        if (files.isEmpty()) {
            return;
        }
        List<ImportFile> current = List.copyOf(files);
        ImportService.Options options = options();
        shown = null;
        busy(true);
        status.setText(getTranslation("imports.reading"));
        ImportJob.start(UI.getCurrent(), reporter -> imports.preview(actor, current, options, row -> { }, reporter),
                this::progress, result -> {
                    shown = result;
                    busy(false);
                    status.setText(summary(result, false));
                    showRows();
                }, this::failed);
    }

    private void apply() {
        List<ImportFile> current = List.copyOf(files);
        ImportService.Options options = options();
        busy(true);
        applyButton.setEnabled(false);
        status.setText(getTranslation("imports.applying"));
        ImportJob.start(UI.getCurrent(), reporter -> imports.apply(actor, current, options, row -> { }, reporter),
                this::progress, result -> {
                    shown = result;
                    busy(false);
                    applyButton.setEnabled(false);
                    status.setText(summary(result, true));
                    showRows();
                    if (result.applied()) {
                        Uploads.delete(files);
                        files.clear();
                        showFiles();
                    }
                }, this::failed);
    }

    private void progress(ImportJob.State state) {
        progress.setIndeterminate(state.total() == 0);
        if (state.total() > 0) {
            progress.setValue(Math.min(1.0, (double) state.done() / state.total()));
        }
        status.setText(getTranslation("imports.phase." + state.phase().name(), state.done(), state.total()));
    }

    private void failed(RuntimeException e) {
        busy(false);
        status.setText(getTranslation("imports.failed"));
    }

    private String summary(ImportResult result, boolean afterApply) {
        StringBuilder text = new StringBuilder();
        if (result.refusal() != null) {
            text.append(ImportTexts.text(result.refusal(), getLocale())).append(' ');
        } else if (afterApply && result.applied()) {
            text.append(getTranslation("imports.applied", result.writes())).append(' ');
        } else if (result.writes() == 0) {
            text.append(getTranslation("imports.nothing")).append(' ');
        }
        text.append(getTranslation("imports.counts", result.count(Outcome.NEW), result.count(Outcome.CHANGED),
                result.count(Outcome.UNCHANGED), result.count(Outcome.REFUSED), result.count(Outcome.SKIPPED)));
        return text.toString();
    }

    private void showRows() {
        if (shown == null) {
            rows.setItems(List.of());
            return;
        }
        Outcome filter = outcomeFilter.getValue();
        rows.setItems(shown.rows().stream().filter(row -> filter == null || row.outcome() == filter).toList());
    }

    private void clear() {
        Uploads.delete(files);
        files.clear();
        shown = null;
        upload.clearFileList();
        status.setText("");
        showFiles();
        showRows();
        applyButton.setEnabled(false);
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        rows.setLocale(attachEvent.getUI().getLocale());
    }

    @Override
    protected void onDetach(DetachEvent detachEvent) {
        Uploads.delete(files);
        files.clear();
    }

    /** The preview's rows: every column text from a file or a theme is shown as plain text. */
    static final class ImportRowsGrid extends Grid<ImportRow> {

        private Locale locale = Locale.of("nl", "NL");

        ImportRowsGrid() {
            addColumn(ImportRow::file).setHeader(getTranslation("imports.col.file")).setAutoWidth(true)
                    .setResizable(true);
            addColumn(ImportRow::position).setHeader(getTranslation("imports.col.position")).setAutoWidth(true);
            addColumn(row -> getTranslation("imports.outcome." + row.outcome().name()))
                    .setHeader(getTranslation("imports.col.outcome")).setAutoWidth(true);
            addColumn(ImportRow::target).setHeader(getTranslation("imports.col.target")).setAutoWidth(true)
                    .setResizable(true);
            addColumn(ImportRow::area).setHeader(getTranslation("imports.col.area")).setAutoWidth(true);
            addColumn(row -> row.year() == 0 ? "" : String.valueOf(row.year()))
                    .setHeader(getTranslation("imports.col.year")).setAutoWidth(true);
            addColumn(row -> figure(row.before())).setHeader(getTranslation("imports.col.before")).setAutoWidth(true);
            addColumn(row -> figure(row.after())).setHeader(getTranslation("imports.col.after")).setAutoWidth(true);
            addColumn(row -> ImportTexts.text(row.reason(), locale)).setHeader(getTranslation("imports.col.reason"))
                    .setAutoWidth(true).setResizable(true);
            setEmptyStateText(getTranslation("imports.no-rows"));
            getElement().setAttribute("aria-label", getTranslation("imports.step.preview"));
            addClassName("va-import-rows");
        }

        void setLocale(Locale locale) {
            this.locale = locale;
        }

        /** A figure in the reader's notation: "5,15 (aantal 412) definitief". */
        private String figure(Figure figure) {
            if (figure == null) {
                return "";
            }
            return Formats.number(figure.value(), locale)
                    + (figure.count() == null ? "" : " " + getTranslation("imports.figure.count", figure.count()))
                    + (figure.status() == null ? "" : " " + getTranslation("imports.figure." + figure.status().name()));
        }
    }
}
