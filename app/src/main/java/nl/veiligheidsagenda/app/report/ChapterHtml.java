package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.report.ReportContent.ActionPart;
import nl.veiligheidsagenda.app.report.ReportContent.Chapter;
import nl.veiligheidsagenda.app.report.ReportContent.Figure;
import nl.veiligheidsagenda.app.report.ReportContent.GoalPart;
import nl.veiligheidsagenda.app.report.ReportContent.IndicatorPart;
import nl.veiligheidsagenda.app.report.ReportContent.Story;
import nl.veiligheidsagenda.app.report.ReportContent.SubjectPart;
import nl.veiligheidsagenda.app.themes.GoalRuleWords;
import nl.veiligheidsagenda.core.evaluation.GoalStatus;
import nl.veiligheidsagenda.core.evaluation.SeriesResult;
import nl.veiligheidsagenda.core.model.Series;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;

/**
 * One theme's chapter: its introduction, then per subject every goal with its status and explanation, per indicator
 * the explanation per series, the chart with the baseline, the figures as a table and the story; goals accounted in
 * words with the owner's assessment and story; and the actions with their progress in the year.
 */
final class ChapterHtml {

    private final Markup html;
    private final ReportContent content;
    private final Chapter chapter;
    private final ReportHtml.Target target;
    private final String year;

    ChapterHtml(Markup html, ReportContent content, Chapter chapter, ReportHtml.Target target) {
        this.html = html;
        this.content = content;
        this.chapter = chapter;
        this.target = target;
        this.year = String.valueOf(content.year());
    }

    void write() {
        String id = Ids.theme(chapter.themeId());
        html.open("section", "id", id, "aria-labelledby", id + "-titel", "class", "chapter");
        html.element("h2", ReportHtml.chapterHeading(chapter), "id", id + "-titel");
        paragraphs(chapter.introduction(), "intro");
        chapter.subjects().forEach(this::subject);
        html.close("section");
    }

    private void subject(SubjectPart subject) {
        String id = Ids.subject(subject.id());
        html.open("section", "id", id, "aria-labelledby", id + "-titel", "class", "subject");
        html.element("h3", subject.name(), "id", id + "-titel");
        paragraphs(subject.introduction(), "intro");
        subject.goals().forEach(this::goal);
        actions(subject);
        html.close("section");
    }

    private void goal(GoalPart goal) {
        String id = Ids.goal(goal.goal().id());
        html.open("section", "id", id, "aria-labelledby", id + "-titel", "class", "goal");
        html.element("h4", ReportTexts.text("report.goal", goal.goal().statement()), "id", id + "-titel");
        html.open("p", "class", "goal-status").element("strong", ReportTexts.text("report.goal.status", year) + " ");
        StatusHtml.write(html, goal.result());
        html.close("p");
        html.element("p", goal.result().explanation(), "class", "explanation");
        rule(goal);
        boolean inWords = goal.result().status() == GoalStatus.REPORTED_IN_WORDS;
        html.element("h5", ReportTexts.text(inWords ? "report.goal.assessment" : "report.goal.story", year));
        story(goal.story(), inWords ? "report.goal.no-assessment" : "report.story.none");
        goal.indicators().forEach(indicator -> indicator(indicator, !goal.goal().measured()));
        html.close("section");
    }

    /** How the goal is judged, in the goal page's sentences, and baseline periods that differ from the goal's. */
    private void rule(GoalPart goal) {
        GoalRuleWords words = new GoalRuleWords(ReportTexts::text);
        html.element("h5", ReportTexts.text("catalogue.rule.title"));
        words.rule(goal.goal()).forEach(sentence -> html.element("p", sentence, "class", "rule"));
        if (!goal.goal().periodDifferences().isEmpty()) {
            html.element("h6", ReportTexts.text("catalogue.rule.periods"));
            html.open("ul", "class", "period-differences");
            goal.goal().periodDifferences().forEach(difference -> html.element("li",
                    words.periodDifference(difference)));
            html.close("ul");
        }
    }

    private void indicator(IndicatorPart part, boolean signal) {
        String id = Ids.indicator(part.indicator().id());
        html.open("section", "id", id, "aria-labelledby", id + "-titel", "class", "indicator");
        html.element("h5", ReportTexts.text(signal ? "report.signal" : "report.indicator", part.indicator().name()),
                "id", id + "-titel");
        html.element("p", part.result().explanation(), "class", "explanation");
        if (part.result().series().size() > 1) {
            html.open("ul", "class", "series-explanations");
            part.result().series().stream().map(SeriesResult::explanation).forEach(line -> html.element("li", line));
            html.close("ul");
        }
        List<Integer> years = years(part);
        String chartTitle = ReportTexts.text("report.chart.title", part.indicator().name(),
                String.valueOf(years.getFirst()), String.valueOf(years.getLast()));
        String alt = target == ReportHtml.Target.PDF ? chartTitle + ". " + ReportTexts.text("report.chart.alt") : null;
        html.open("figure", "class", "chart-figure", "aria-labelledby", id + "-chart-title");
        html.raw(SvgChart.svg(part, years, id + "-chart", chartTitle, alt));
        html.close("figure");
        figures(part, years, id);
        html.element("h6", ReportTexts.text("report.indicator.story", year));
        story(part.story(), "report.story.none");
        html.close("section");
    }

    /** The baseline years, the plan's years up to the report year, and any other year with a figure before it. */
    private List<Integer> years(IndicatorPart part) {
        TreeSet<Integer> years = new TreeSet<>();
        part.indicator().series().forEach(series -> series.baselineIfAny()
                .ifPresent(baseline -> years.addAll(baseline.period().years())));
        for (int y = content.title().firstYear(); y <= content.year(); y++) {
            years.add(y);
        }
        part.figures().stream().map(Figure::year).filter(y -> y <= content.year()).forEach(years::add);
        return List.copyOf(years);
    }

    private void figures(IndicatorPart part, List<Integer> years, String id) {
        List<Series> series = part.indicator().series();
        html.open("table", "class", "figures", "id", id + "-table");
        html.element("caption", ReportTexts.text("report.figures.caption", part.indicator().name()));
        html.open("thead").open("tr").element("th", ReportTexts.text("report.figures.year"), "scope", "col");
        series.forEach(one -> html.element("th", one.name() + " (" + ReportTexts.unit(one.unit()) + ")", "scope",
                "col"));
        html.close("tr").close("thead").open("tbody");
        html.open("tr").element("th", ReportTexts.text("report.figures.baseline"), "scope", "row");
        series.forEach(one -> html.element("td", one.baselineIfAny().map(ReportTexts::baseline)
                .orElse(ReportTexts.text("report.figures.no-baseline")), "class", "number"));
        html.close("tr");
        for (int y : years) {
            html.open("tr", "class", y == content.year() ? "report-year" : null)
                    .element("th", String.valueOf(y), "scope", "row");
            for (Series one : series) {
                Optional<Figure> figure = part.figure(one, y);
                html.element("td", figure.map(found -> ReportTexts.number(found.value())
                        + (found.provisional() ? " " + ReportTexts.text("report.figures.provisional") : ""))
                        .orElse(ReportTexts.text("report.figures.none")), "class", "number");
            }
            html.close("tr");
        }
        html.close("tbody").close("table");
    }

    private void actions(SubjectPart subject) {
        if (subject.actions().isEmpty()) {
            return;
        }
        html.element("h4", ReportTexts.text("report.actions.title", year));
        html.open("table", "class", "actions");
        html.element("caption", ReportTexts.text("report.actions.caption", subject.name(), year));
        html.open("thead").open("tr");
        for (String key : List.of("report.actions.action", "report.actions.status", "report.actions.note")) {
            html.element("th", ReportTexts.text(key), "scope", "col");
        }
        html.close("tr").close("thead").open("tbody");
        for (ActionPart action : subject.actions()) {
            html.open("tr").element("th", action.action().title(), "scope", "row")
                    .element("td", action.progress().map(progress -> ReportTexts.text("action-status."
                            + progress.status().name())).orElse(ReportTexts.text("action-progress.nothing")))
                    .element("td", action.progress().map(ReportContent.Progress::note).filter(note -> !note.isBlank())
                            .orElse(ReportTexts.text("report.none")))
                    .close("tr");
        }
        html.close("tbody").close("table");
    }

    private void story(Optional<Story> story, String noneKey) {
        if (story.isEmpty() || story.get().text().isBlank()) {
            html.element("p", ReportTexts.text(noneKey, year), "class", "no-story");
            return;
        }
        paragraphs(story.get().text(), "story");
        html.element("p", ReportTexts.text("report.story.by", story.get().author(),
                ReportTexts.date(story.get().writtenAt())), "class", "story-by");
    }

    /** A text with blank lines between paragraphs; single line breaks stay line breaks. */
    private void paragraphs(String text, String className) {
        if (text == null || text.isBlank()) {
            return;
        }
        for (String paragraph : text.strip().split("\\R\\s*\\R")) {
            html.open("p", "class", className);
            String[] lines = paragraph.strip().split("\\R");
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    html.empty("br");
                }
                html.text(lines[i]);
            }
            html.close("p");
        }
    }
}
