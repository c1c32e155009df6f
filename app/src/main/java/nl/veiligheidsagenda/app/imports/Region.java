package nl.veiligheidsagenda.app.imports;

import nl.veiligheidsagenda.app.figures.StoredFigure;
import nl.veiligheidsagenda.app.imports.formats.Names;
import nl.veiligheidsagenda.core.model.PlanDescription;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The deployment's region, from its plan description: the municipality's CBS code (e.g. GM0034) and name. A file's
 * region is ours when it is that code or name (StatLine CSV downloads give names), or a district (WK + the four
 * digits + two) or neighbourhood (BU + the four digits + four) inside it.
 */
record Region(String cbsCode, String name) {

    private static final Pattern GM = Pattern.compile("GM\\d{4}");

    Region {
        cbsCode = cbsCode.strip().toUpperCase(Locale.ROOT);
        if (!GM.matcher(cbsCode).matches()) {
            throw new IllegalArgumentException("not a municipality's CBS code: " + cbsCode);
        }
        name = name == null ? "" : name;
    }

    static Region of(PlanDescription.Municipality municipality) {
        return new Region(municipality.cbsCode(), municipality.name());
    }

    /** The area a figure of {@code region} is stored under; empty when the region is not ours. */
    Optional<String> area(String region) {
        String code = region.strip();
        if (code.equalsIgnoreCase(cbsCode)) {
            return Optional.of(StoredFigure.MUNICIPALITY);
        }
        code = code.toUpperCase(Locale.ROOT);
        if (inside(code, "WK", 2) || inside(code, "BU", 4)) {
            return Optional.of(code);
        }
        if (!name.isBlank() && Names.normalise(region).equals(Names.normalise(name))) {
            return Optional.of(StoredFigure.MUNICIPALITY);
        }
        return Optional.empty();
    }

    /** A code of {@code prefix}, our four digits and {@code more} digits. */
    private boolean inside(String code, String prefix, int more) {
        if (code.length() != 6 + more || !code.startsWith(prefix) || !code.regionMatches(2, cbsCode, 2, 4)) {
            return false;
        }
        for (int i = 6; i < code.length(); i++) {
            if (code.charAt(i) < '0' || code.charAt(i) > '9') {
                return false;
            }
        }
        return true;
    }

    @Override
    public String toString() {
        return cbsCode + " (" + name + ")";
    }
}
