package nl.veiligheidsagenda.app.imports;

/** Where a long import tells how far it is; called from the importing thread, never the UI's. */
@FunctionalInterface
public interface Progress {

    /** Phases: reading the files, checking the figures, writing them. */
    enum Phase { READING, CHECKING, WRITING, DONE }

    /**
     * @param done  records read (reading) or figures handled (checking, writing)
     * @param total the number to reach, or 0 when unknown
     */
    void update(Phase phase, long done, long total);

    Progress NONE = (phase, done, total) -> { };
}
