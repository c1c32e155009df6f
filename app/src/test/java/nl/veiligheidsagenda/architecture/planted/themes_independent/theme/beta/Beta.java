package nl.veiligheidsagenda.architecture.planted.themes_independent.theme.beta;

/** Planted: a class of theme beta, itself within the rules. */
public final class Beta {

    public static String id() {
        return "beta";
    }
}
