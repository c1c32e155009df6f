package nl.veiligheidsagenda.core.spi;

import java.util.Arrays;

/** A dotted numeric version ("1", "1.0", "2.3.1"), compared part by part; missing parts count as zero. */
public record Version(int[] parts) implements Comparable<Version> {

    public Version {
        parts = parts.clone();
    }

    /** A copy of the parts: a version is a value, no caller can change it through this array. */
    @Override
    public int[] parts() {
        return parts.clone();
    }

    public static Version parse(String text) {
        if (text == null || !text.trim().matches("\\d+(\\.\\d+)*")) {
            throw new IllegalArgumentException("'" + text + "' is not a version (expected numbers with dots, e.g. 1.0)");
        }
        return new Version(Arrays.stream(text.trim().split("\\.")).mapToInt(Integer::parseInt).toArray());
    }

    @Override
    public int compareTo(Version other) {
        int length = Math.max(parts.length, other.parts.length);
        for (int i = 0; i < length; i++) {
            int difference = Integer.compare(part(i), other.part(i));
            if (difference != 0) {
                return difference;
            }
        }
        return 0;
    }

    private int part(int index) {
        return index < parts.length ? parts[index] : 0;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Version version && compareTo(version) == 0;
    }

    @Override
    public int hashCode() {
        int length = parts.length;
        while (length > 1 && parts[length - 1] == 0) {
            length--;
        }
        return Arrays.hashCode(Arrays.copyOf(parts, length));
    }

    @Override
    public String toString() {
        return String.join(".", Arrays.stream(parts).mapToObj(String::valueOf).toList());
    }
}
