/**
 * The plugin test kit: {@link nl.veiligheidsagenda.core.verify.ThemePluginContract}, the contract test every theme
 * extends, and {@link nl.veiligheidsagenda.core.verify.PlanTextCheck}, which compares a theme's texts with the plan
 * it reproduces. Used by tests only; the running platform never loads this package.
 */
package nl.veiligheidsagenda.core.verify;
