package nl.veiligheidsagenda.architecture.planted.app_cycles.app.config;

/** Planted: the layer below, used by both packages of the cycle. */
public record Settings(int port) {
}
