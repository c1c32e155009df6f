package nl.veiligheidsagenda.app.figures;

/** No enabled theme has an element with this id. */
public final class NotFoundException extends RuntimeException {

    public NotFoundException(String message) {
        super(message);
    }
}
