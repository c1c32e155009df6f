package nl.veiligheidsagenda.app.imports.formats;

/** Receives what a reader finds, record by record, so no file is ever held whole in memory. */
public interface RecordHandler {

    void observation(Observation observation);

    void templateRow(TemplateRow row);

    /** A record that cannot be read; the rest of the file still is. */
    void problem(long position, Reason reason);
}
