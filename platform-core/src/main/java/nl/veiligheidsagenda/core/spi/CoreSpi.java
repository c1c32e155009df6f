package nl.veiligheidsagenda.core.spi;

/** The version of the contract in this package and in {@code core.model}; plugins declare a range of it. */
public final class CoreSpi {

    /**
     * Raise the minor number for additions plugins may ignore, the major number for changes that break them.
     */
    public static final Version VERSION = Version.parse("1.2");

    private CoreSpi() {
    }
}
