package nl.veiligheidsagenda.core.model;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class BlockTest {

    @Test
    void plainTextBecomesParagraphsAndBulletListsLinesJoined() {
        List<Block> blocks = Block.fromText("""
                Eerste regel
                loopt door.

                Lijst:
                - een;
                ■ twee.
                Slot.

                Taken:
                1. eerste;
                2. tweede.
                - los""");

        assertThat(blocks).containsExactly(
                new Block.Paragraph("Eerste regel loopt door."),
                new Block.Paragraph("Lijst:"),
                Block.ItemList.bullets("een;", "twee."),
                new Block.Paragraph("Slot."),
                new Block.Paragraph("Taken:"),
                Block.ItemList.numbered("eerste;", "tweede."),
                Block.ItemList.bullets("los"));
    }

    @Test
    void aPageOfCoreOnePointOneShowsItsIntroductionThenEachFigureAsAChart() {
        ThemePage old = new ThemePage("cijfers", "Cijfers", "Inleiding.", List.of("t.a", "t.b"));

        assertThat(old.blocks()).isEmpty();
        assertThat(old.content()).containsExactly(new Block.Paragraph("Inleiding."),
                new Block.FigureChart("t.a"), new Block.FigureChart("t.b"));
        assertThat(new ThemePage("p", "P", List.of(new Block.Paragraph("x"))).content())
                .containsExactly(new Block.Paragraph("x"));
    }

    @Test
    void anActionOfCoreOnePointOneHasNoPartsNoLinksAndAnUnmarkedTitle() {
        Action action = new Action("t.a", "Titel", "Tekst.", List.of("Politie"), List.of(), null);

        assertThat(action.titleOrigin()).isEqualTo(Action.TitleOrigin.PLAN);
        assertThat(action.parts()).isEmpty();
        assertThat(action.seeAlso()).isEmpty();
        assertThat(action.titledByUs().withSeeAlso("u.b").titleOrigin()).isEqualTo(Action.TitleOrigin.OURS);
    }

    @Test
    void anActionListMatchesSubjectAndTargetGroupTogether() {
        Action youth = new Action("t.a", "A", "Tekst.", List.of(), List.of("Jeugd"), "");
        Block.ActionList both = new Block.ActionList("t.s", "Jeugd", List.of());

        assertThat(both.matches("t.s", youth)).isTrue();
        assertThat(both.matches("t.other", youth)).isFalse();
        assertThat(both.matches("t.s", new Action("t.b", "B", "Tekst.", List.of(), List.of("Senioren"), "")))
                .isFalse();
        assertThat(new Block.ActionList("", "", List.of()).restricted()).isFalse();
    }

    @Test
    void theSubjectsLeadInIsTheApproachsOpeningParagraph() {
        Subject subject = new Subject("t.s", "S", "", List.of(),
                List.of(new Block.Paragraph("Wij gaan het volgende doen:"), Block.ActionList.ofSubject("t.s")));

        assertThat(subject.approachLeadIn()).isEqualTo("Wij gaan het volgende doen:");
        assertThat(new Subject("t.s", "S", "", List.of()).approachLeadIn()).isEmpty();
    }
}
