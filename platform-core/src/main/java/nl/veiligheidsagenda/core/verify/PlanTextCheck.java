package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.Block;
import nl.veiligheidsagenda.core.model.ContextFigure;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Indicator;
import nl.veiligheidsagenda.core.model.PlanDescription;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Finds the passages of a catalogue that do not stand in the plan's text, so a theme owner's test fails on a
 * paraphrase. Texts are compared letters only, lower-case: line breaks, hyphenation, footnote numbers and page
 * furniture of the extracted text do not count, words do. Each sentence is checked on its own, because the
 * extracted text sometimes puts a caption in the middle of a paragraph.
 */
public final class PlanTextCheck {

    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.!?;:])\\s+");

    /** A page break of the extracted text: the page number, then the running header "THEMA n - …". */
    private static final Pattern PAGE_BREAK = Pattern.compile("(?m)^\\d+[ \\t]*\\R(?:[ \\t]*\\R)*THEMA \\d+ - [^\\n]*\\R");

    private final String plan;

    public PlanTextCheck(String planText) {
        this.plan = letters(PAGE_BREAK.matcher(planText).replaceAll(""));
    }

    /** The check on the plan text in {@code file}. */
    public static PlanTextCheck read(Path file) {
        try {
            return new PlanTextCheck(Files.readString(file));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the plan's text at " + file, e);
        }
    }

    /** The check on the plan text the theme's build names (system property {@value ThemeUnderTest#PLAN_TEXT}). */
    public static PlanTextCheck fromBuild() {
        return read(Path.of(ThemeUnderTest.property(ThemeUnderTest.PLAN_TEXT)));
    }

    /**
     * Every sentence the theme quotes from the plan that is not in it: the theme's introduction, subject names and
     * introductions, approaches (their texts, not their headings), goal statements, indicator names, action
     * descriptions (and their parts') and context-figure descriptions. Titles the theme gives actions, figures and
     * pages are its own words and are not checked.
     */
    public List<String> missingPassages(ThemeCatalogue catalogue) {
        List<String> missing = new ArrayList<>();
        check("introduction", catalogue.introduction(), missing);
        for (Subject subject : catalogue.subjects()) {
            check(subject.id(), subject.name(), missing);
            check(subject.id(), subject.introduction(), missing);
            checkBlocks(subject.id() + "/aanpak", subject.approach(), missing);
            for (Goal goal : subject.goals()) {
                check(goal.id(), goal.statement(), missing);
                for (Indicator indicator : goal.indicators()) {
                    check(indicator.id(), indicator.name(), missing);
                }
                for (Action action : goal.actions()) {
                    check(action.id(), action.description(), missing);
                    action.parts().forEach(part -> check(part.id(), part.description(), missing));
                }
            }
        }
        for (ContextFigure figure : catalogue.contextFigures()) {
            check(figure.id(), figure.description(), missing);
        }
        return missing;
    }

    /**
     * Every sentence of the plan description's ambition and of its sections' paragraphs, lists and quotes that is not
     * in the plan (headings and tables are the description's own).
     */
    public List<String> missingPassages(PlanDescription description) {
        List<String> missing = new ArrayList<>();
        check("ambition", description.ambition(), missing);
        description.sections().forEach(section -> checkBlocks(section.path(), section.blocks(), missing));
        return missing;
    }

    private void checkBlocks(String where, List<Block> blocks, List<String> missing) {
        for (Block block : blocks) {
            switch (block) {
                case Block.Paragraph paragraph -> check(where, paragraph.text(), missing);
                case Block.ItemList list -> list.items().forEach(item -> check(where, item, missing));
                case Block.Quote quote -> check(where, quote.text(), missing);
                default -> {
                }
            }
        }
    }

    /** True when {@code passage} stands in the plan, compared letters only. */
    public boolean contains(String passage) {
        return plan.contains(letters(passage));
    }

    /** Every sentence of {@code text} that is not in the plan, as {@code "<elementId>: <sentence>"}. */
    public List<String> missingSentences(String elementId, String text) {
        List<String> missing = new ArrayList<>();
        check(elementId, text, missing);
        return missing;
    }

    private void check(String elementId, String text, List<String> missing) {
        for (String sentence : SENTENCE_END.split(text == null ? "" : text)) {
            if (!letters(sentence).isEmpty() && !contains(sentence)) {
                missing.add(elementId + ": " + sentence);
            }
        }
    }

    static String letters(String text) {
        StringBuilder builder = new StringBuilder(text.length());
        text.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetter).forEach(builder::appendCodePoint);
        return builder.toString();
    }
}
