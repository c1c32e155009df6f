package nl.veiligheidsagenda.app.config;

import org.eclipse.jetty.util.InetAddressSet;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Operations settings.
 *
 * @param metricsAllow    {@code VEILIGHEID_METRICS_ALLOW}: addresses and CIDR ranges that may read {@code /metrics}
 *                        (default this machine only)
 * @param metricsToken    {@code VEILIGHEID_METRICS_TOKEN}: with {@code Authorization: Bearer <token>} anyone may
 * @param backupDirectory {@code VEILIGHEID_BACKUP_DIR}: where H2 backups go (default {@code <data dir>/backups})
 * @param backupHours     {@code VEILIGHEID_BACKUP_HOURS}: hours between H2 backups, 0 for none (default 24)
 * @param backupKeep      {@code VEILIGHEID_BACKUP_KEEP}: how many H2 backups to keep (default 14)
 */
public record OpsSettings(String metricsAllow, Optional<String> metricsToken, Optional<Path> backupDirectory,
                          int backupHours, int backupKeep) {

    public static final String METRICS_ALLOW = "VEILIGHEID_METRICS_ALLOW";
    public static final String METRICS_TOKEN = "VEILIGHEID_METRICS_TOKEN";
    public static final String BACKUP_DIR = "VEILIGHEID_BACKUP_DIR";
    public static final String BACKUP_HOURS = "VEILIGHEID_BACKUP_HOURS";
    public static final String BACKUP_KEEP = "VEILIGHEID_BACKUP_KEEP";
    static final String DEFAULT_ALLOW = "127.0.0.1,::1";
    private static final int MIN_TOKEN_LENGTH = 32;

    public OpsSettings {
        addresses(metricsAllow); // fails early on a bad pattern
    }

    /** @param lookup a setting's trimmed value, or null when unset */
    public static OpsSettings load(Function<String, String> lookup) {
        String allow = Optional.ofNullable(lookup.apply(METRICS_ALLOW)).orElse(DEFAULT_ALLOW);
        Optional<String> token = Optional.ofNullable(lookup.apply(METRICS_TOKEN));
        if (token.isPresent() && token.get().length() < MIN_TOKEN_LENGTH) {
            throw new SettingsException(METRICS_TOKEN, "too short; allowed: at least " + MIN_TOKEN_LENGTH
                    + " characters, e.g. from: openssl rand -hex 32");
        }
        Optional<Path> backups = Optional.ofNullable(lookup.apply(BACKUP_DIR)).map(Path::of)
                .map(Path::toAbsolutePath);
        return new OpsSettings(allow, token, backups, number(BACKUP_HOURS, lookup.apply(BACKUP_HOURS), 24, 0, 24 * 7),
                number(BACKUP_KEEP, lookup.apply(BACKUP_KEEP), 14, 1, 1000));
    }

    private static int number(String setting, String value, int otherwise, int min, int max) {
        if (value == null) {
            return otherwise;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= min && number <= max) {
                return number;
            }
        } catch (NumberFormatException ignored) {
            // reported below
        }
        throw new SettingsException(setting, "'" + value + "' is not allowed; allowed: a whole number from " + min
                + " to " + max);
    }

    public InetAddressSet allowedAddresses() {
        return addresses(metricsAllow);
    }

    private static InetAddressSet addresses(String list) {
        InetAddressSet set = new InetAddressSet();
        for (String pattern : list.split(",")) {
            String trimmed = pattern.trim();
            if (trimmed.isEmpty()) {
                continue;
            }
            try {
                set.add(trimmed);
            } catch (IllegalArgumentException e) {
                throw new SettingsException(METRICS_ALLOW, "'" + trimmed + "' is not an address or range; allowed:"
                        + " comma-separated addresses or CIDR ranges, e.g. 127.0.0.1,10.20.0.0/16");
            }
        }
        return set;
    }
}
