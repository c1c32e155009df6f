package nl.veiligheidsagenda.core.spi;

/**
 * A range of versions in Maven's notation: "[1.0,2.0)" (1.0 up to, not including, 2.0), "[1.0,)" (1.0 or newer),
 * "[1.0]" (exactly 1.0), or a bare "1.0" which means "1.0 or newer".
 */
public record VersionRange(Version lower, boolean lowerInclusive, Version upper, boolean upperInclusive) {

    public static VersionRange parse(String text) {
        if (text == null || text.isBlank()) {
            throw new IllegalArgumentException("the supported core range is empty (expected e.g. [1.0,2.0))");
        }
        String range = text.trim();
        if (!range.startsWith("[") && !range.startsWith("(")) {
            return new VersionRange(Version.parse(range), true, null, false);
        }
        boolean lowerInclusive = range.startsWith("[");
        boolean upperInclusive = range.endsWith("]");
        if (!upperInclusive && !range.endsWith(")")) {
            throw new IllegalArgumentException("'" + text + "' is not a version range (expected e.g. [1.0,2.0))");
        }
        String inner = range.substring(1, range.length() - 1);
        if (!inner.contains(",")) {
            Version exact = Version.parse(inner);
            return new VersionRange(exact, true, exact, true);
        }
        String[] bounds = inner.split(",", -1);
        if (bounds.length != 2) {
            throw new IllegalArgumentException("'" + text + "' is not a version range (expected e.g. [1.0,2.0))");
        }
        Version lower = bounds[0].isBlank() ? null : Version.parse(bounds[0]);
        Version upper = bounds[1].isBlank() ? null : Version.parse(bounds[1]);
        if (lower != null && upper != null && lower.compareTo(upper) > 0) {
            throw new IllegalArgumentException("'" + text + "' is an empty range: its lower bound is above its upper bound");
        }
        return new VersionRange(lower, lowerInclusive, upper, upperInclusive);
    }

    public boolean contains(Version version) {
        if (lower != null) {
            int compared = version.compareTo(lower);
            if (compared < 0 || (compared == 0 && !lowerInclusive)) {
                return false;
            }
        }
        if (upper != null) {
            int compared = version.compareTo(upper);
            return compared < 0 || (compared == 0 && upperInclusive);
        }
        return true;
    }

    /** True when {@code version} lies below the range: the plugin needs a newer core. */
    public boolean isAbove(Version version) {
        return lower != null && !contains(version) && version.compareTo(lower) <= 0;
    }
}
