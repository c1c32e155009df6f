package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.report.ReportContent.Chapter;
import nl.veiligheidsagenda.app.report.ReportContent.Edition;
import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.GoalPart;
import nl.veiligheidsagenda.app.report.ReportContent.Title;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The report as one accessible page: {@code lang="nl"}, a title block, a table of contents, the summary of every
 * goal, a chapter per theme ({@link ChapterHtml}), Bijlage 2 and the colophon, with semantic headings and tables with
 * header cells. The same markup, in {@link Target#PDF} form, is what the PDF is rendered from: it then carries the
 * bookmarks, the charts' alternative texts and the page rules ("CONCEPT" on every page of a draft).
 */
final class ReportHtml {

    /** Who reads the markup: a browser, or the PDF renderer. */
    enum Target { SCREEN, PDF }

    private static final String CSS = resource("report.css");
    private static final String PRINT_CSS = resource("report-print.css");

    private final ReportContent content;
    private final Target target;
    private final Markup html = new Markup(256 * 1024);

    private ReportHtml(ReportContent content, Target target) {
        this.content = content;
        this.target = target;
    }

    static String write(ReportContent content, Target target) {
        return new ReportHtml(content, target).document();
    }

    private String document() {
        html.raw("<!DOCTYPE html>\n");
        html.open("html", "xmlns", "http://www.w3.org/1999/xhtml", "lang", "nl", "xml:lang", "nl");
        head();
        html.open("body");
        if (content.edition().isDraft()) {
            html.element("p", ReportTexts.text("report.draft.banner"), "class", "draft-banner");
        }
        titlePage();
        contents();
        html.open("main");
        summary();
        for (Chapter chapter : content.chapters()) {
            new ChapterHtml(html, content, chapter, target).write();
        }
        annex();
        colophon();
        html.close("main").close("body").close("html");
        return html.toString();
    }

    private String documentTitle() {
        String title = ReportTexts.text("report.title", String.valueOf(content.year())) + " – "
                + content.title().planName();
        return content.edition().isDraft() ? title + " (" + ReportTexts.text("report.draft") + ")" : title;
    }

    private void head() {
        html.open("head").empty("meta", "charset", "UTF-8");
        html.element("title", documentTitle());
        html.empty("meta", "name", "viewport", "content", "width=device-width, initial-scale=1");
        html.empty("meta", "name", "author", "content", ReportTexts.text("report.author",
                content.title().municipality()));
        html.empty("meta", "name", "subject", "content", content.title().planName());
        if (target == Target.PDF) {
            bookmarks();
        }
        html.open("style").raw(CSS);
        if (target == Target.PDF) {
            html.raw(PRINT_CSS);
            if (content.edition().isDraft()) {
                html.raw("@page { @top-center { content: \"" + ReportTexts.text("report.draft").toUpperCase(
                        ReportTexts.DUTCH) + "\"; font-family: \"DejaVu Sans\"; font-weight: bold; color: #9b1c1c; } }\n");
            }
        }
        html.close("style").close("head");
    }

    /** The PDF's outline: one entry per chapter, the themes with their subjects below them. */
    private void bookmarks() {
        html.open("bookmarks");
        html.empty("bookmark", "name", ReportTexts.text("report.summary.title"), "href", "#samenvatting");
        for (Chapter chapter : content.chapters()) {
            html.open("bookmark", "name", chapterHeading(chapter), "href", "#" + Ids.theme(chapter.themeId()));
            chapter.subjects().forEach(subject -> html.empty("bookmark", "name", subject.name(), "href",
                    "#" + Ids.subject(subject.id())));
            html.close("bookmark");
        }
        html.empty("bookmark", "name", ReportTexts.text("report.annex.title"), "href", "#bijlage-2");
        html.empty("bookmark", "name", ReportTexts.text("report.colophon.title"), "href", "#colofon");
        html.close("bookmarks");
    }

    static String chapterHeading(Chapter chapter) {
        return ReportTexts.text("report.chapter", chapter.name());
    }

    private void titlePage() {
        Title title = content.title();
        Edition edition = content.edition();
        html.open("header", "class", "title-page");
        html.element("p", title.planName(), "class", "plan-name");
        html.element("h1", ReportTexts.text("report.title", String.valueOf(content.year())));
        html.element("p", ReportTexts.text("report.municipality", title.municipality()), "class", "municipality");
        html.open("dl", "class", "facts");
        fact("report.fact.year", String.valueOf(content.year()));
        fact("report.fact.period", title.firstYear() + "-" + title.lastYear());
        fact("report.fact.edition", edition.isDraft() ? ReportTexts.text("report.edition.draft")
                : edition.replaces() == 0 ? ReportTexts.text("report.edition.first", String.valueOf(edition.number()))
                : ReportTexts.text("report.edition.replaces", String.valueOf(edition.number()),
                String.valueOf(edition.replaces())));
        fact("report.fact.date", ReportTexts.date(edition.isDraft() ? content.takenAt() : edition.publishedAt()));
        if (!edition.isDraft()) {
            fact("report.fact.published-by", edition.publishedBy());
        }
        fact("report.fact.taken", ReportTexts.dateTime(content.takenAt()));
        html.close("dl").close("header");
    }

    private void fact(String key, String value) {
        html.element("dt", ReportTexts.text(key)).element("dd", value);
    }

    private void contents() {
        html.open("nav", "aria-labelledby", "inhoud-titel", "class", "contents");
        html.element("h2", ReportTexts.text("report.contents"), "id", "inhoud-titel");
        html.open("ol");
        link("#samenvatting", ReportTexts.text("report.summary.title"));
        content.chapters().forEach(chapter -> link("#" + Ids.theme(chapter.themeId()), chapterHeading(chapter)));
        link("#bijlage-2", ReportTexts.text("report.annex.title"));
        link("#colofon", ReportTexts.text("report.colophon.title"));
        html.close("ol").close("nav");
    }

    private void link(String href, String text) {
        html.open("li").element("a", text, "href", href, "title", text).close("li");
    }

    /** A table per theme: a row spanning the columns would not survive PDF/UA's table rules. */
    private void summary() {
        html.open("section", "id", "samenvatting", "aria-labelledby", "samenvatting-titel", "class", "chapter");
        html.element("h2", ReportTexts.text("report.summary.title"), "id", "samenvatting-titel");
        html.element("p", ReportTexts.text("report.summary.intro", String.valueOf(content.year())));
        for (Chapter chapter : content.chapters()) {
            html.element("h3", chapter.name());
            html.open("table", "class", "summary");
            html.element("caption", ReportTexts.text("report.summary.caption", chapter.name(),
                    String.valueOf(content.year())));
            header(List.of(ReportTexts.text("report.summary.goal"), ReportTexts.text("report.summary.status"),
                    ReportTexts.text("report.summary.explanation")));
            html.open("tbody");
            chapter.goals().forEach(this::summaryRow);
            html.close("tbody").close("table");
        }
        html.close("section");
    }

    private void header(List<String> headings) {
        html.open("thead").open("tr");
        headings.forEach(heading -> html.element("th", heading, "scope", "col"));
        html.close("tr").close("thead");
    }

    private void summaryRow(GoalPart goal) {
        html.open("tr").open("td");
        String statement = goal.goal().statement();
        html.element("a", statement, "href", "#" + Ids.goal(goal.goal().id()), "title", statement);
        html.empty("br").element("span", ReportTexts.text("goal.kind." + goal.goal().kind().name()), "class", "kind");
        html.close("td").open("td");
        StatusHtml.write(html, goal.result());
        html.close("td").element("td", goal.result().explanation()).close("tr");
    }

    private void annex() {
        Annex annex = Annex.of(content);
        html.open("section", "id", "bijlage-2", "aria-labelledby", "bijlage-2-titel", "class", "chapter");
        html.element("h2", ReportTexts.text("report.annex.title"), "id", "bijlage-2-titel");
        html.element("p", ReportTexts.text("report.annex.intro", String.valueOf(content.year())));
        List<String> headings = Annex.headings(content.year());
        for (Chapter chapter : content.chapters()) {
            List<Annex.Row> rows = annex.rows().stream().filter(row -> row.theme().equals(chapter.name())).toList();
            if (rows.isEmpty()) {
                continue;
            }
            html.element("h3", chapter.name());
            html.open("table", "class", "annex");
            html.element("caption", ReportTexts.text("report.annex.caption", chapter.name(),
                    String.valueOf(content.year())));
            header(headings.subList(1, headings.size()));
            html.open("tbody");
            rows.forEach(this::annexRow);
            html.close("tbody").close("table");
        }
        html.close("section");
    }

    private void annexRow(Annex.Row row) {
        String none = ReportTexts.text("report.none");
        html.open("tr").element("th", row.indicator(), "scope", "row").element("td", row.series())
                .element("td", row.unit())
                .element("td", row.baseline() == null ? none : ReportTexts.number(row.baseline()), "class", "number")
                .element("td", row.period().isEmpty() ? none : row.period())
                .element("td", row.value() == null ? none : ReportTexts.number(row.value()), "class", "number")
                .element("td", row.status()).element("td", row.explanation()).element("td", row.source())
                .close("tr");
    }

    private void colophon() {
        html.open("section", "id", "colofon", "aria-labelledby", "colofon-titel", "class", "chapter");
        html.element("h2", ReportTexts.text("report.colophon.title"), "id", "colofon-titel");
        html.element("p", ReportTexts.text("report.colophon.taken", ReportTexts.dateTime(content.takenAt())));
        html.element("p", ReportTexts.text("report.colophon.rules"));
        html.element("p", ReportTexts.text("report.colophon.themes", String.join(", ", content.chapters().stream()
                .map(chapter -> chapter.name() + " " + chapter.version()).toList())));
        html.element("h3", ReportTexts.text("report.colophon.sources"));
        Set<String> sources = new LinkedHashSet<>();
        content.goals().flatMap(goal -> goal.indicators().stream()).forEach(part -> {
            sources.add(part.indicator().source());
            part.figures().stream().filter(figure -> figure.year() <= content.year())
                    .map(Figure::sourceNote).filter(note -> note != null && !note.isBlank()).forEach(sources::add);
        });
        list(new ArrayList<>(sources), "report.colophon.no-sources");
        html.element("h3", ReportTexts.text("report.colophon.provisional"));
        List<String> provisional = new ArrayList<>();
        content.goals().flatMap(goal -> goal.indicators().stream()).forEach(part -> part.indicator().series()
                .forEach(series -> part.figures().stream()
                        .filter(figure -> figure.provisional() && figure.seriesId().equals(series.id())
                                && figure.year() <= content.year())
                        .forEach(figure -> provisional.add(ReportTexts.text("report.colophon.provisional-figure",
                                part.indicator().name(), series.name(), String.valueOf(figure.year()),
                                ReportTexts.withUnit(figure.value(), series.unit()))))));
        list(provisional, "report.colophon.no-provisional");
        html.close("section");
    }

    private void list(List<String> items, String emptyKey) {
        if (items.isEmpty()) {
            html.element("p", ReportTexts.text(emptyKey));
            return;
        }
        html.open("ul");
        items.forEach(item -> html.element("li", item));
        html.close("ul");
    }

    private static String resource(String name) {
        try (InputStream in = ReportHtml.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("missing report resource " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
