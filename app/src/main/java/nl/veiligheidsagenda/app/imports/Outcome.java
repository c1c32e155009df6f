package nl.veiligheidsagenda.app.imports;

/** What an import does with one record of a file. */
public enum Outcome {
    /** A figure that is not stored yet. */
    NEW,
    /** A figure that replaces a stored one (old → new). */
    CHANGED,
    /** The stored figure is the same. */
    UNCHANGED,
    /** Wrong or ambiguous: the import cannot be applied until the file is fixed. */
    REFUSED,
    /** Not for this deployment or nothing to take (another region, an unmapped measure, a missing value). */
    SKIPPED
}
