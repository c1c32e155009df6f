/** Theme 5 of the plan, "Crisisbeheersing": its content as a plugin. Exports nothing. */
module nl.veiligheidsagenda.theme.crisis {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.crisis.CrisisPlugin;
}
