package nl.veiligheidsagenda.app.imports.formats;

import java.text.Normalizer;
import java.util.Locale;

/** How names from files are compared: without case, accents, spaces or punctuation ("Regio's" = "RegioS"). */
public final class Names {

    private Names() {
    }

    public static String normalise(String name) {
        if (name == null) {
            return "";
        }
        String plain = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        return plain.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
    }
}
