/** Example theme "Verkeersveiligheid": the smallest complete theme plugin. It exports nothing. */
module nl.veiligheidsagenda.theme.verkeer {
    requires nl.veiligheidsagenda.core;

    provides nl.veiligheidsagenda.core.spi.ThemePlugin with nl.veiligheidsagenda.theme.verkeer.VerkeerPlugin;
}
