package nl.veiligheidsagenda.app.ops;

import nl.veiligheidsagenda.app.config.SettingsException;
import org.eclipse.jetty.util.InetAddressSet;

import java.util.Optional;
import java.util.function.Function;

/**
 * Who may read {@code /metrics}: clients from {@code VEILIGHEID_METRICS_ALLOW} (addresses and CIDR ranges,
 * default this machine only), or anyone sending {@code Authorization: Bearer <VEILIGHEID_METRICS_TOKEN>}.
 */
public record OpsSettings(String metricsAllow, Optional<String> metricsToken) {

    public static final String METRICS_ALLOW = "VEILIGHEID_METRICS_ALLOW";
    public static final String METRICS_TOKEN = "VEILIGHEID_METRICS_TOKEN";
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
        return new OpsSettings(allow, token);
    }

    public static OpsSettings defaults() {
        return new OpsSettings(DEFAULT_ALLOW, Optional.empty());
    }

    InetAddressSet allowedAddresses() {
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
