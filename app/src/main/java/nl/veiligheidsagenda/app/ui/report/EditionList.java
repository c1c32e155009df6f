package nl.veiligheidsagenda.app.ui.report;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import nl.veiligheidsagenda.app.report.Edition;
import nl.veiligheidsagenda.app.report.ReportService;
import nl.veiligheidsagenda.app.security.Actor;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The published editions of a year: number, what it replaces, who and when, and every file with its SHA-256. */
final class EditionList extends Div {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy HH:mm",
            Locale.of("nl", "NL")).withZone(ZoneId.of("Europe/Amsterdam"));

    private final ReportService reports;

    EditionList(ReportService reports) {
        this.reports = reports;
    }

    void show(Actor actor, int year) {
        removeAll();
        add(new H2(getTranslation("report.view.editions")));
        List<Edition> editions = reports.editions(actor, year);
        if (editions.isEmpty()) {
            add(new Paragraph(getTranslation("report.view.editions.none", String.valueOf(year))));
            return;
        }
        NativeTable table = new NativeTable();
        table.addClassName("va-table");
        NativeTableRow header = new NativeTableRow();
        for (String key : List.of("edition", "replaces", "published", "by", "files")) {
            NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation("report.view.editions." + key));
            cell.getElement().setAttribute("scope", "col");
            header.add(cell);
        }
        table.getHead().add(header);
        NativeTableBody body = table.addBody();
        for (Edition edition : editions.reversed()) {
            NativeTableHeaderCell number = new NativeTableHeaderCell(String.valueOf(edition.number()));
            number.getElement().setAttribute("scope", "row");
            body.add(new NativeTableRow(number,
                    new NativeTableCell(edition.replaces() == 0 ? getTranslation("report.view.editions.first")
                            : String.valueOf(edition.replaces())),
                    new NativeTableCell(WHEN.format(edition.publishedAt())),
                    new NativeTableCell(edition.publishedBy()),
                    new NativeTableCell(files(actor, edition))));
        }
        add(table);
    }

    private UnorderedList files(Actor actor, Edition edition) {
        UnorderedList list = new UnorderedList();
        for (Edition.File file : edition.files()) {
            Anchor link = new Anchor(event -> {
                byte[] bytes = reports.edition(actor, edition.year(), edition.number(), file.format());
                ReportView.download(bytes, file.format(), file.format().fileName(edition.year(), edition.number()))
                        .handleDownloadRequest(event);
            }, AttachmentType.DOWNLOAD, file.format().name());
            list.add(new ListItem(link, new Span(" "), new Code(file.sha256())));
        }
        return list;
    }
}
