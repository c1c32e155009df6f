package nl.veiligheidsagenda.theme.digitaal;

import nl.veiligheidsagenda.core.verify.ThemePluginContract;

/** The contract every theme plugin keeps: the core's test kit runs on this theme's module as built. */
class DigitaalPluginTest extends ThemePluginContract {
}
