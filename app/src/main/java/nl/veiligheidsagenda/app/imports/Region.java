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
    }

    static Region of(PlanDescription.Municipality municipality) {
        return new Region(municipality.cbsCode(), municipality.name());
    }

    /** The area a figure of {@code region} is stored under; empty when the region is not ours. */
    Optional<String> area(String region) {
        String code = region.strip().toUpperCase(Locale.ROOT);
        if (code.equals(cbsCode) || !Names.normalise(name).isEmpty()
                && Names.normalise(region).equals(Names.normalise(name))) {
            return Optional.of(StoredFigure.MUNICIPALITY);
        }
        String digits = cbsCode.substring(2);
        if (code.matches("WK" + digits + "\\d{2}") || code.matches("BU" + digits + "\\d{4}")) {
            return Optional.of(code);
        }
        return Optional.empty();
    }

    @Override
    public String toString() {
        return cbsCode + " (" + name + ")";
    }
}
