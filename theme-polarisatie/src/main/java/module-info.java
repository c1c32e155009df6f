/** Theme 4 of the plan, "Maatschappelijke onrust, polarisatie en radicalisering": its content as a plugin. Exports nothing. */
module nl.veiligheidsagenda.theme.polarisatie {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.polarisatie.PolarisatiePlugin;
}
