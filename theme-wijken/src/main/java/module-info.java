/** Theme 3 of the plan, "Veilige wijken": its content as a plugin. Exports nothing. */
module nl.veiligheidsagenda.theme.wijken {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.wijken.WijkenPlugin;
}
