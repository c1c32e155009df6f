package nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.registry;

/** Planted: a core class outside the published contract. */
public final class Registry {

    public static boolean accepted(String id) {
        return !id.isEmpty();
    }
}
