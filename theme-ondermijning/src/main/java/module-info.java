/** Theme 1 of the plan, "Georganiseerde ondermijnende criminaliteit": its content as a plugin. Exports nothing. */
module nl.veiligheidsagenda.theme.ondermijning {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.ondermijning.OndermijningPlugin;
}
