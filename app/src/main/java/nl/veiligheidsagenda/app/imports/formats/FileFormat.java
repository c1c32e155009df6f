package nl.veiligheidsagenda.app.imports.formats;

/** The file formats an import reads, recognised from the file itself. */
public enum FileFormat {
    /** CBS StatLine OData version 3 JSON (TypedDataSet pages, optionally the Perioden list). */
    CBS_ODATA_V3,
    /** CBS StatLine OData version 4 JSON, long format (Observations pages, optionally PeriodenCodes). */
    CBS_ODATA_V4,
    /** The CSV download of StatLine, with its symbols. */
    STATLINE_CSV,
    /** Our own CSV template for the municipality's own figures. */
    TEMPLATE_CSV
}
