package nl.veiligheidsagenda.architecture.planted.app_not_on_themes.core.spi;

/** Planted: the plugin contract. */
public interface Plugin {

    String id();
}
