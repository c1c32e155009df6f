package nl.veiligheidsagenda.core.verify;

import nl.veiligheidsagenda.core.model.Action;
import nl.veiligheidsagenda.core.model.ThemeCatalogue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Finds the partners and target groups of actions that the action's own text does not name: a catalogue lists only
 * who the plan names, nothing guessed. A name is named when one of its words appears in the text as whole words
 * (case and punctuation aside): by default the name itself ("Politie"), and the words a theme gives for it
 * ("Openbaar Ministerie" is also named by "OM", "Jeugd" by "jongeren"). The text of an action that has parts includes
 * its parts' texts; a part's text is its own.
 */
public final class NamesCheck {

    /**
     * Words by which Dutch safety plans name the partners and target groups most themes share (spelled as the
     * themes' canonical names), whatever the municipality.
     */
    public static final Map<String, List<String>> COMMON_WORDS = Map.of(
            "Jeugd", List.of("jongeren", "jongere", "jeugdigen", "jeugdige", "kinderen", "kind", "jongvolwassenen",
                    "minderjarige", "minderjarigen", "leerlingen", "scholieren", "jonge aanwas", "jonge jeugd",
                    "jeugdcriminaliteit", "jeugdnetwerken", "jeugdoverlast", "kindermishandeling"),
            "Openbaar Ministerie", List.of("OM"),
            "Boa's", List.of("boa", "jeugdboa", "buitengewoon opsporingsambtenaren"),
            "Scholen", List.of("school", "onderwijs", "basisschool", "scholen"),
            "Ondernemers", List.of("ondernemer", "bedrijven", "mkb", "winkeliers"),
            "Professionals", List.of("professional", "welzijnsprofessionals", "medewerkers"),
            "Slachtoffers", List.of("slachtoffer", "slachtofferschap"),
            "Daders", List.of("dader", "plegers", "pleger", "verdachten", "overlastveroorzakers"));

    private final Map<String, List<String>> wordsFor;

    /** @param wordsFor for a name, the words or phrases besides the name itself by which the plan names it */
    public NamesCheck(Map<String, List<String>> wordsFor) {
        this.wordsFor = Map.copyOf(wordsFor);
    }

    /** A check that knows the {@link #COMMON_WORDS} and, for names a theme adds, {@code themeWords}. */
    public static NamesCheck withCommonWords(Map<String, List<String>> themeWords) {
        Map<String, List<String>> words = new HashMap<>(COMMON_WORDS);
        themeWords.forEach((name, more) -> words.merge(name, more,
                (known, added) -> Stream.concat(known.stream(), added.stream()).toList()));
        return new NamesCheck(words);
    }

    /** Every partner and target group not named by its action's text, as "action id: name". */
    public List<String> unnamed(ThemeCatalogue catalogue) {
        List<String> unnamed = new ArrayList<>();
        catalogue.actions().forEach(action -> {
            String whole = String.join(" ", Stream.concat(Stream.of(action.description()),
                    action.parts().stream().map(Action::description)).toList());
            check(action, whole, unnamed);
            action.parts().forEach(part -> check(part, part.description(), unnamed));
        });
        return unnamed;
    }

    /** True when {@code text} names {@code name}. */
    public boolean names(String text, String name) {
        List<String> tokens = tokens(text);
        return Stream.concat(Stream.of(name), wordsFor.getOrDefault(name, List.of()).stream())
                .map(NamesCheck::tokens)
                .anyMatch(phrase -> !phrase.isEmpty() && Collections.indexOfSubList(tokens, phrase) >= 0);
    }

    private void check(Action action, String text, List<String> unnamed) {
        Stream.concat(action.partners().stream(), action.targetGroups().stream())
                .filter(name -> !names(text, name))
                .forEach(name -> unnamed.add(action.id() + ": " + name));
    }

    /** Lower-case runs of letters and digits: "Boa’s" is "boa", "s". */
    static List<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .filter(token -> !token.isEmpty()).toList();
    }
}
