package nl.veiligheidsagenda.app.config;

import nl.veiligheidsagenda.app.config.SettingsException;
import nl.veiligheidsagenda.app.config.OidcSettings;

import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;

/**
 * The security settings, read with the other settings (environment first, then the properties file).
 *
 * @param adminPassword  {@code VEILIGHEID_ADMIN_PASSWORD}: the first-run admin's password; empty: generate one
 * @param sessionTimeout {@code VEILIGHEID_SESSION_TIMEOUT_MINUTES}: idle time after which a session ends
 * @param trustProxy     {@code VEILIGHEID_TRUST_PROXY}: take client address and scheme from a reverse proxy's
 *                       {@code X-Forwarded-*} headers (only behind a proxy that sets them)
 * @param oidc           OpenID Connect sign-in, when {@code VEILIGHEID_OIDC_ISSUER} is set
 */
public record SecuritySettings(Optional<String> adminPassword, Duration sessionTimeout, boolean trustProxy,
                               Optional<OidcSettings> oidc) {

    public static final String ADMIN_PASSWORD = "VEILIGHEID_ADMIN_PASSWORD";
    public static final String SESSION_TIMEOUT = "VEILIGHEID_SESSION_TIMEOUT_MINUTES";
    public static final String TRUST_PROXY = "VEILIGHEID_TRUST_PROXY";

    /** Secure defaults: generated admin password, 30 minutes idle timeout, no proxy, no OpenID Connect. */
    public static SecuritySettings defaults() {
        return new SecuritySettings(Optional.empty(), Duration.ofMinutes(30), false, Optional.empty());
    }

    /** @param lookup a setting's trimmed value, or null when unset */
    public static SecuritySettings load(Function<String, String> lookup) {
        Optional<String> adminPassword = Optional.ofNullable(lookup.apply(ADMIN_PASSWORD));
        Duration timeout = Duration.ofMinutes(minutes(lookup.apply(SESSION_TIMEOUT)));
        boolean trustProxy = bool(TRUST_PROXY, lookup.apply(TRUST_PROXY));
        return new SecuritySettings(adminPassword, timeout, trustProxy, OidcSettings.load(lookup));
    }

    private static long minutes(String value) {
        if (value == null) {
            return 30;
        }
        try {
            long minutes = Long.parseLong(value);
            if (minutes >= 1 && minutes <= 24 * 60) {
                return minutes;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(SESSION_TIMEOUT, "'" + value + "' is not a number of minutes; allowed: a whole"
                + " number from 1 to 1440");
    }

    static boolean bool(String setting, String value) {
        if (value == null) {
            return false;
        }
        return switch (value.toLowerCase(java.util.Locale.ROOT)) {
            case "true", "yes", "1" -> true;
            case "false", "no", "0" -> false;
            default -> throw new SettingsException(setting, "'" + value + "' is not a yes/no value; allowed: true"
                    + " or false");
        };
    }

    @Override
    public String toString() {
        return "SecuritySettings[adminPassword=" + (adminPassword.isPresent() ? "(set)" : "(generated)")
                + ", sessionTimeout=" + sessionTimeout + ", trustProxy=" + trustProxy + ", oidc=" + oidc + "]";
    }
}
