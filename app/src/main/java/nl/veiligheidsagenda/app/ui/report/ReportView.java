package nl.veiligheidsagenda.app.ui.report;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import jakarta.inject.Inject;
import nl.veiligheidsagenda.app.report.ReportFormat;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.security.Actor;
import nl.veiligheidsagenda.app.ui.security.CurrentUser;

import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * "Rapportage" ({@code rapportage}): choose a year, let the draft be made in the background (with progress; the UI
 * thread only shows the result), look at it, download each format, and as an admin publish it as the next
 * edition. Below: every published edition of the year with its files and their checksums ({@link EditionList}).
 */
@Route("rapportage")
@Menu(order = 3, title = "report.nav", icon = "vaadin:file-text-o")
@PermitAll
public class ReportView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss");

    private final ReportService reports;
    private final Select<Integer> year = new Select<>();
    private final Button preview = new Button();
    private final Button publish = new Button();
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph status = new Paragraph();
    private final Div downloads = new Div();
    private final IFrame frame = new IFrame();
    private final EditionList editions;

    @Inject
    public ReportView(ReportService reports) {
        this.reports = reports;
        this.editions = new EditionList(reports);
        addClassName("va-page");
        add(new H1(getTranslation("report.view.title")), new Paragraph(getTranslation("report.view.intro")));

        year.setLabel(getTranslation("report.view.year"));
        year.setItems(reports.years());
        year.setValue(reports.defaultYear());
        year.addValueChangeListener(event -> yearChanged());
        preview.setText(getTranslation("report.view.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(event -> makeDraft());
        publish.setText(getTranslation("report.view.publish"));
        publish.setVisible(CurrentUser.isAdmin());
        publish.addClickListener(event -> publishEdition());
        HorizontalLayout controls = new HorizontalLayout(year, preview, publish);
        controls.setAlignItems(HorizontalLayout.Alignment.BASELINE);

        progress.setVisible(false);
        progress.setMin(0);
        progress.setMax(1);
        progress.getElement().setAttribute("aria-label", getTranslation("report.view.preparing"));
        status.getElement().setAttribute("role", "status");
        frame.setVisible(false);
        frame.setSandbox(new IFrame.SandboxType[0]);
        frame.setWidthFull();
        frame.setHeight("70vh");
        frame.getStyle().set("border", "1px solid var(--lumo-contrast-30pct)");
        add(controls, progress, status, downloads, frame, editions);
        yearChanged();
    }

    private void yearChanged() {
        downloads.removeAll();
        frame.setVisible(false);
        status.setText("");
        Paragraph explain = new Paragraph(getTranslation("report.view.publish.explain", String.valueOf(year.getValue())));
        explain.setVisible(CurrentUser.isAdmin());
        downloads.add(explain);
        editions.show(CurrentUser.actor(), year.getValue());
    }

    /** Makes every format of the draft on a worker thread; the UI polls until it is done. */
    private void makeDraft() {
        Actor actor = CurrentUser.actor();
        int chosen = year.getValue();
        UI ui = UI.getCurrent();
        busy(ui, true, getTranslation("report.view.preparing"));
        CompletableFuture.supplyAsync(() -> reports.draftFiles(actor, chosen, (done, total, step) ->
                        ui.access(() -> progress.setValue((double) done / total))), ReportJobs.EXECUTOR)
                .whenComplete((files, failure) -> ui.access(() -> {
                    busy(ui, false, failure == null
                            ? getTranslation("report.view.ready", String.valueOf(chosen), LocalTime.now().format(TIME))
                            : getTranslation("report.view.failed", ReportJobs.reason(failure, this::getTranslation)));
                    if (failure == null) {
                        showDraft(chosen, files);
                    }
                }));
    }

    private void showDraft(int chosen, Map<ReportFormat, byte[]> files) {
        downloads.removeAll();
        downloads.add(new H2(getTranslation("report.view.downloads")));
        UnorderedList list = new UnorderedList();
        for (ReportFormat format : ReportFormat.values()) {
            byte[] bytes = files.get(format);
            list.add(new ListItem(new Anchor(download(bytes, format, format.fileName(chosen, 0)),
                    AttachmentType.DOWNLOAD, getTranslation("report.view.download." + format.name()))));
        }
        downloads.add(list);
        frame.setSrcdoc(new String(files.get(ReportFormat.HTML), StandardCharsets.UTF_8));
        frame.getElement().setAttribute("title", getTranslation("report.view.preview.title", String.valueOf(chosen)));
        frame.setVisible(true);
    }

    static DownloadHandler download(byte[] bytes, ReportFormat format, String fileName) {
        return event -> {
            event.setFileName(fileName);
            event.setContentType(format.mediaType());
            event.setContentLength(bytes.length);
            event.getOutputStream().write(bytes);
        };
    }

    private void publishEdition() {
        Actor actor = CurrentUser.actor();
        int chosen = year.getValue();
        UI ui = UI.getCurrent();
        busy(ui, true, getTranslation("report.view.publishing"));
        progress.setIndeterminate(true);
        CompletableFuture.supplyAsync(() -> reports.publish(actor, chosen), ReportJobs.EXECUTOR)
                .whenComplete((edition, failure) -> ui.access(() -> {
                    progress.setIndeterminate(false);
                    busy(ui, false, failure == null
                            ? getTranslation("report.view.published", String.valueOf(edition.number()),
                            String.valueOf(chosen))
                            : getTranslation("report.view.publish.failed", ReportJobs.reason(failure, this::getTranslation)));
                    editions.show(actor, chosen);
                }));
    }

    /** While a job runs: the buttons wait, the progress bar shows, and the page asks the server every half second. */
    private void busy(UI ui, boolean running, String message) {
        preview.setEnabled(!running);
        publish.setEnabled(!running);
        year.setEnabled(!running);
        progress.setValue(0);
        progress.setVisible(running);
        status.setText(message);
        ui.setPollInterval(running ? 500 : -1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("report.view.title") + " | " + getTranslation("app.title");
    }
}
