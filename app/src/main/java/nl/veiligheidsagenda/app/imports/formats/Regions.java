package nl.veiligheidsagenda.app.imports.formats;

import java.util.Set;
import java.util.regex.Pattern;

/** Which dimension of a published table holds the region, by its name or by CBS's region codes. */
final class Regions {

    private static final Set<String> NAMES = Set.of("regios", "regio", "wijkenenbuurten", "gemeenten", "gemeente",
            "regiocode", "gemeentecode");
    private static final Pattern CODE = Pattern.compile("(GM\\d{4}|WK\\d{6}|BU\\d{8}|NL\\d{2}|PV\\d{2}|LD\\d{2})");

    private Regions() {
    }

    static boolean isRegionDimension(String name) {
        return NAMES.contains(Names.normalise(name));
    }

    static boolean looksLikeCode(String value) {
        return CODE.matcher(value.strip()).matches();
    }
}
