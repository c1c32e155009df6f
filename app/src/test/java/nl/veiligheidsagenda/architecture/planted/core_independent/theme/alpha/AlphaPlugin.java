package nl.veiligheidsagenda.architecture.planted.core_independent.theme.alpha;

/** Planted: a theme's plugin class. */
public final class AlphaPlugin {

    public static final String ID = "alpha";
}
