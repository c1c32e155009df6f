package nl.veiligheidsagenda.app.figures;

/** Someone else changed the same item since it was read; nothing was overwritten. */
public final class ConflictException extends RuntimeException {

    private final int currentVersion;

    public ConflictException(String message, int currentVersion) {
        super(message);
        this.currentVersion = currentVersion;
    }

    public int currentVersion() {
        return currentVersion;
    }
}
