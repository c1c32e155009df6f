/**
 * What a theme plugin implements: one {@link nl.veiligheidsagenda.core.spi.ThemePlugin} service, provided from the
 * theme's module with {@code provides nl.veiligheidsagenda.core.spi.ThemePlugin with …}.
 */
package nl.veiligheidsagenda.core.spi;
