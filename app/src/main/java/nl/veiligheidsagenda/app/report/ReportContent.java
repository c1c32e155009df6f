package nl.veiligheidsagenda.app.report;

import nl.veiligheidsagenda.app.figures.ActionStatus;
import nl.veiligheidsagenda.core.evaluation.GoalResult;
import nl.veiligheidsagenda.core.evaluation.IndicatorResult;
import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.Series;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Everything one progress report shows, taken from the live data at one moment: the plan's title, the reporting
 * year, the edition, and a chapter per enabled theme with the core's evaluation of every goal. The writers
 * ({@link ReportHtml}, {@link ReportPdf}, {@link AnnexExports}) only lay it out; they judge nothing.
 *
 * @param takenAt when the figures, stories and progress were read
 */
public record ReportContent(Title title, int year, Edition edition, OffsetDateTime takenAt,
                            List<Chapter> chapters) {

    public ReportContent {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(edition, "edition");
        Objects.requireNonNull(takenAt, "takenAt");
        chapters = List.copyOf(chapters);
    }

    /** The plan the report is about, from the deployment's plan description. */
    public record Title(String planName, String municipality, int firstYear, int lastYear) {
    }

    /** One enabled theme. */
    public record Chapter(String themeId, String name, String version, String introduction,
                          List<SubjectPart> subjects) {

        public Chapter {
            subjects = List.copyOf(subjects);
        }

        public Stream<GoalPart> goals() {
            return subjects.stream().flatMap(subject -> subject.goals().stream());
        }
    }

    /** A subject of a theme with its goals and the actions of their approach. */
    public record SubjectPart(String id, String name, String introduction, List<GoalPart> goals,
                              List<ActionPart> actions) {

        public SubjectPart {
            goals = List.copyOf(goals);
            actions = List.copyOf(actions);
        }
    }

    /** A goal with the core's result for the year and the owner's story of the year. */
    public record GoalPart(Goal goal, GoalResult result, Optional<Story> story, List<IndicatorPart> indicators) {

        public GoalPart {
            indicators = List.copyOf(indicators);
        }
    }

    /** An indicator with the core's result for the year, every stored figure up to the year, and its story. */
    public record IndicatorPart(Indicator indicator, IndicatorResult result, List<Figure> figures,
                                Optional<Story> story) {

        public IndicatorPart {
            figures = List.copyOf(figures);
        }

        /** The figure of a series in a year, if entered. */
        public Optional<Figure> figure(Series series, int year) {
            return figures.stream().filter(figure -> figure.seriesId().equals(series.id()) && figure.year() == year)
                    .findFirst();
        }
    }

    /** One stored value of a series. */
    public record Figure(String seriesId, int year, BigDecimal value, boolean provisional, String sourceNote) {
    }

    /** "Het verhaal achter de cijfers" of one year. */
    public record Story(String text, String author, OffsetDateTime writtenAt) {
    }

    /** An action of the plan with its progress in the year, empty when none was recorded. */
    public record ActionPart(Action action, Optional<Progress> progress) {
    }

    public record Progress(ActionStatus status, String note) {
    }

    /**
     * Which edition this is: a draft (number 0), or published edition {@code number} that replaces edition
     * {@code replaces} (0 for the first).
     */
    public record Edition(int number, int replaces, OffsetDateTime publishedAt, String publishedBy) {

        public static Edition draft() {
            return new Edition(0, 0, null, null);
        }

        public boolean isDraft() {
            return number == 0;
        }
    }

    public Stream<GoalPart> goals() {
        return chapters.stream().flatMap(Chapter::goals);
    }
}
