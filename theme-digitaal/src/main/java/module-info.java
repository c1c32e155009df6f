/** Theme 2 of the plan, "Digitale veiligheid": its content as a plugin. Exports nothing. */
module nl.veiligheidsagenda.theme.digitaal {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.digitaal.DigitaalPlugin;
}
