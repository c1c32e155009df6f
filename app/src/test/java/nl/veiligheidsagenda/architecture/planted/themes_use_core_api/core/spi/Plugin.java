package nl.veiligheidsagenda.architecture.planted.themes_use_core_api.core.spi;

/** Planted: the plugin contract. */
public interface Plugin {

    String id();
}
