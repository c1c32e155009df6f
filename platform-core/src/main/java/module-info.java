/**
 * The platform core: the SPI theme plugins implement, the records of the plan they contribute, the registry the
 * host uses to discover and check them, and the pure rules that evaluate yearly figures against the plan's
 * baselines. Nothing here knows about a particular municipality.
 */
module nl.veiligheidsagenda.core {
    exports nl.veiligheidsagenda.core.spi;
    exports nl.veiligheidsagenda.core.model;
    exports nl.veiligheidsagenda.core.registry;
    exports nl.veiligheidsagenda.core.verify;
    exports nl.veiligheidsagenda.core.evaluation;

    uses nl.veiligheidsagenda.core.spi.ThemePlugin;
}
