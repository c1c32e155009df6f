package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.EvaluationRule;
import nl.veiligheidsagenda.core.model.Goal;
import nl.veiligheidsagenda.core.model.Subject;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

class NamesCheckTest {

    private static final NamesCheck CHECK = new NamesCheck(Map.of(
            "Openbaar Ministerie", List.of("OM"), "Jeugd", List.of("jongeren", "jonge jeugd"), "Boa's", List.of()));

    private static ThemeCatalogue with(Action action) {
        return new ThemeCatalogue("", List.of(new Subject("t.s", "S", "", List.of(new Goal("t.g", "Doel.",
                new EvaluationRule(EvaluationRule.Kind.QUALITATIVE, "wordt aangepakt"), List.of(),
                List.of(action))))));
    }

    @Test
    void aNameIsNamedByItselfOrByItsWordsAsWholeWords() {
        assertThat(CHECK.names("Samen met politie en OM.", "Politie")).isTrue();
        assertThat(CHECK.names("Samen met politie en OM.", "Openbaar Ministerie")).isTrue();
        assertThat(CHECK.names("het jongerenwerk van De Schoor", "Jeugd")).isFalse();
        assertThat(CHECK.names("maken wij de jonge jeugd bewust", "Jeugd")).isTrue();
        assertThat(CHECK.names("met (jeugd)boa’s en politie", "Boa's")).isTrue();
        assertThat(CHECK.names("de ROMmel", "Openbaar Ministerie")).isFalse();
    }

    @Test
    void listsEveryPartnerAndTargetGroupItsActionDoesNotName() {
        Action part = new Action("t.deel", "Deel", "Jongeren worden aangemeld.", List.of(), List.of("Jeugd"), "");
        Action action = new Action("t.actie", "Actie", "Wij werken samen met de politie.",
                List.of("Politie", "GGD"), List.of("Jeugd", "Senioren"), "").withParts(part);

        assertThat(CHECK.unnamed(with(action))).containsExactly("t.actie: GGD", "t.actie: Senioren");
    }
}
