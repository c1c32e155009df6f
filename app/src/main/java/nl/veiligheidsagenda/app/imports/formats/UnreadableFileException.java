package nl.veiligheidsagenda.app.imports.formats;

/** The file as a whole cannot be read as any supported format; nothing of it is imported. */
public final class UnreadableFileException extends Exception {

    private final transient Reason reason;

    public UnreadableFileException(Reason reason) {
        super(reason.key() + " " + reason.arguments());
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
