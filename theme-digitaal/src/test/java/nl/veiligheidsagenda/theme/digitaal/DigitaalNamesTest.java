package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.verify.NamesCheck;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static nl.veiligheidsagenda.theme.digitaal.DigitaalCatalogue.CATALOGUE;
import static org.assertj.core.api.Assertions.assertThat;

/** Each action names only the partners and target groups its own text names (the plugin contract checks the text). */
class DigitaalNamesTest {

    @Test
    void actions_list_only_the_partners_and_target_groups_their_own_text_names() {
        NamesCheck names = NamesCheck.withCommonWords(Map.of(
                "Almeerders", List.of("burgers", "buurtgenoten"),
                "Bewoners", List.of("vrijwilligers"),
                "Jongerenwerk", List.of("jongerenwerk")));
        // The plan puts the communication bullet under its heading "Almeerders:", which names the group for it.
        assertThat(names.unnamed(CATALOGUE)).containsExactly("digitaal.communicatie-cyberweerbaarheid: Almeerders");
    }
}
