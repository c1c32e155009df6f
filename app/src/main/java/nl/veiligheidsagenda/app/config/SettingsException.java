package nl.veiligheidsagenda.app.config;

/** A configuration value that stops start-up; its message names the setting and what is allowed. */
public final class SettingsException extends RuntimeException {

    public SettingsException(String setting, String problem) {
        super(setting + ": " + problem);
    }
}
