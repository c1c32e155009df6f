/**
 * For the host: loads each theme plugin into a module layer of its own ({@link
 * nl.veiligheidsagenda.core.registry.PluginLayers}), checks each against the running core SPI and validates its
 * catalogue, refuses a faulty plugin alone with every reason, and keeps which accepted themes are enabled.
 */
package nl.veiligheidsagenda.core.registry;
