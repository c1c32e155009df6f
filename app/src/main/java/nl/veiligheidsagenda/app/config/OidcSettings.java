package nl.veiligheidsagenda.app.config;

import nl.veiligheidsagenda.app.config.SettingsException;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * OpenID Connect sign-in (e.g. Entra ID), configured by environment variables. Role mapping: the values of one
 * claim (e.g. Entra's {@code roles} or {@code groups}) decide the role; admin wins over theme owner over viewer.
 *
 * @param issuer        {@code VEILIGHEID_OIDC_ISSUER}, e.g. {@code https://login.microsoftonline.com/<tenant>/v2.0}
 * @param clientId      {@code VEILIGHEID_OIDC_CLIENT_ID}
 * @param clientSecret  {@code VEILIGHEID_OIDC_CLIENT_SECRET}
 * @param usernameClaim {@code VEILIGHEID_OIDC_USERNAME_CLAIM}, default {@code preferred_username}
 * @param roleClaim     {@code VEILIGHEID_OIDC_ROLE_CLAIM}, default {@code roles}
 * @param adminValues   {@code VEILIGHEID_OIDC_ADMIN_VALUES}: claim values that make a beheerder
 * @param viewerValues  {@code VEILIGHEID_OIDC_VIEWER_VALUES}: claim values that make a lezer
 * @param ownerValues   {@code VEILIGHEID_OIDC_OWNER_VALUES}: {@code value=themeId} pairs that make a thema-eigenaar
 * @param publicUrl     {@code VEILIGHEID_PUBLIC_URL}: the app's address as users reach it (for the redirect URI);
 *                      empty: taken from each request
 */
public record OidcSettings(URI issuer, String clientId, String clientSecret, String usernameClaim, String roleClaim,
                           Set<String> adminValues, Set<String> viewerValues, Map<String, Set<String>> ownerValues,
                           Optional<URI> publicUrl) {

    public static final String ISSUER = "VEILIGHEID_OIDC_ISSUER";
    public static final String CLIENT_ID = "VEILIGHEID_OIDC_CLIENT_ID";
    public static final String CLIENT_SECRET = "VEILIGHEID_OIDC_CLIENT_SECRET";
    public static final String USERNAME_CLAIM = "VEILIGHEID_OIDC_USERNAME_CLAIM";
    public static final String ROLE_CLAIM = "VEILIGHEID_OIDC_ROLE_CLAIM";
    public static final String ADMIN_VALUES = "VEILIGHEID_OIDC_ADMIN_VALUES";
    public static final String VIEWER_VALUES = "VEILIGHEID_OIDC_VIEWER_VALUES";
    public static final String OWNER_VALUES = "VEILIGHEID_OIDC_OWNER_VALUES";
    public static final String PUBLIC_URL = "VEILIGHEID_PUBLIC_URL";

    public OidcSettings {
        adminValues = Set.copyOf(adminValues);
        viewerValues = Set.copyOf(viewerValues);
        ownerValues = Map.copyOf(ownerValues);
    }

    /** Empty when {@link #ISSUER} is unset; a partial or malformed configuration stops start-up. */
    public static Optional<OidcSettings> load(Function<String, String> lookup) {
        String issuer = lookup.apply(ISSUER);
        if (issuer == null) {
            return Optional.empty();
        }
        URI issuerUri = uri(ISSUER, issuer);
        String clientId = required(lookup, CLIENT_ID);
        String secret = required(lookup, CLIENT_SECRET);
        Set<String> admins = values(lookup.apply(ADMIN_VALUES));
        Set<String> viewers = values(lookup.apply(VIEWER_VALUES));
        Map<String, Set<String>> owners = owners(lookup.apply(OWNER_VALUES));
        if (admins.isEmpty() && viewers.isEmpty() && owners.isEmpty()) {
            throw new SettingsException(ADMIN_VALUES, "no role mapping: set at least one of " + ADMIN_VALUES + ", "
                    + VIEWER_VALUES + " or " + OWNER_VALUES + " (claim values of " + ROLE_CLAIM + ")");
        }
        Optional<URI> publicUrl = Optional.ofNullable(lookup.apply(PUBLIC_URL)).map(value -> uri(PUBLIC_URL, value));
        return Optional.of(new OidcSettings(issuerUri, clientId, secret,
                Optional.ofNullable(lookup.apply(USERNAME_CLAIM)).orElse("preferred_username"),
                Optional.ofNullable(lookup.apply(ROLE_CLAIM)).orElse("roles"), admins, viewers, owners, publicUrl));
    }

    private static String required(Function<String, String> lookup, String name) {
        String value = lookup.apply(name);
        if (value == null) {
            throw new SettingsException(name, "missing; required when " + ISSUER + " is set");
        }
        return value;
    }

    private static URI uri(String setting, String value) {
        try {
            URI uri = new URI(value);
            if (uri.getScheme() != null && uri.getScheme().matches("https?") && uri.getHost() != null) {
                return uri;
            }
        } catch (URISyntaxException ignored) {
            // reported below
        }
        throw new SettingsException(setting, "'" + value + "' is not a URL; allowed: an https:// address, e.g."
                + " https://login.microsoftonline.com/<tenant>/v2.0");
    }

    private static Set<String> values(String value) {
        Set<String> values = new LinkedHashSet<>();
        if (value != null) {
            for (String part : value.split(",")) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
        }
        return values;
    }

    private static Map<String, Set<String>> owners(String value) {
        Map<String, Set<String>> owners = new LinkedHashMap<>();
        for (String pair : values(value)) {
            int equals = pair.indexOf('=');
            if (equals <= 0 || equals == pair.length() - 1) {
                throw new SettingsException(OWNER_VALUES, "'" + pair + "' is not a value=themeId pair; allowed:"
                        + " comma-separated pairs, e.g. va-wijken=wijken,va-crisis=crisis");
            }
            owners.computeIfAbsent(pair.substring(0, equals).strip(), key -> new LinkedHashSet<>())
                    .add(pair.substring(equals + 1).strip());
        }
        return owners;
    }

    @Override
    public String toString() {
        return "OidcSettings[issuer=" + issuer + ", clientId=" + clientId + ", clientSecret=(set), usernameClaim="
                + usernameClaim + ", roleClaim=" + roleClaim + "]";
    }
}
