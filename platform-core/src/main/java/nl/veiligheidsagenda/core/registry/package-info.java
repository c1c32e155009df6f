/**
 * For the host: discovers theme plugins, checks each against the running core SPI and validates its catalogue,
 * refuses a faulty plugin alone with every reason, and keeps which accepted themes are enabled.
 */
package nl.veiligheidsagenda.core.registry;
