/**
 * The platform core: the SPI theme plugins implement, the records of the plan they contribute, the registry the
 * host uses to discover and check them, and the pure rules that evaluate yearly figures against the plan's
 * baselines. Nothing here knows about a particular municipality.
 * <p>The plugin test kit ({@code core.verify.ThemePluginContract}) is a JUnit test class that themes extend in their
 * tests. It is compiled against JUnit's API on the class path (see pom.xml) rather than with
 * {@code requires static org.junit.jupiter.api}: that clause would make surefire put half of JUnit on the module
 * path of every theme's tests, which breaks JUnit's launcher. The kit uses JUnit's annotations only, which need no
 * readability at run time, and the running platform never loads it.
 */
module nl.veiligheidsagenda.core {
    exports nl.veiligheidsagenda.core.spi;
    exports nl.veiligheidsagenda.core.model;
    exports nl.veiligheidsagenda.core.registry;
    exports nl.veiligheidsagenda.core.verify;
    exports nl.veiligheidsagenda.core.evaluation;

    uses nl.veiligheidsagenda.core.spi.ThemePlugin;
}
