package nl.veiligheidsagenda.app.config;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The security settings (session, proxy, first-run password, OpenID Connect) are read and checked. */
class SecuritySettingsTest {

    @Test
    void readsTheSecuritySettings() {
        SecuritySettings settings = SecuritySettings.load(Map.of(SecuritySettings.SESSION_TIMEOUT, "15",
                SecuritySettings.TRUST_PROXY, "true", SecuritySettings.ADMIN_PASSWORD, "geheim-geheim")::get);

        assertThat(settings.sessionTimeout()).hasMinutes(15);
        assertThat(settings.trustProxy()).isTrue();
        assertThat(settings.adminPassword()).contains("geheim-geheim");
        assertThat(settings.toString()).doesNotContain("geheim");
        assertThat(settings.oidc()).isEmpty();
        assertThatThrownBy(() -> SecuritySettings.load(Map.of(SecuritySettings.SESSION_TIMEOUT, "nooit")::get))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("VEILIGHEID_SESSION_TIMEOUT_MINUTES:");
    }

    @Test
    void readsTheOpenIdConnectSettingsAndTheirRoleMapping() {
        OidcSettings oidc = SecuritySettings.load(Map.of(OidcSettings.ISSUER, "https://idp.example/tenant/v2.0",
                OidcSettings.CLIENT_ID, "va", OidcSettings.CLIENT_SECRET, "s3cret",
                OidcSettings.ADMIN_VALUES, "va-beheer", OidcSettings.VIEWER_VALUES, "va-lezer, raad",
                OidcSettings.OWNER_VALUES, "va-wijken=wijken,va-crisis=crisis")::get).oidc().orElseThrow();

        assertThat(oidc.roleClaim()).isEqualTo("roles");
        assertThat(oidc.usernameClaim()).isEqualTo("preferred_username");
        assertThat(oidc.viewerValues()).containsExactlyInAnyOrder("va-lezer", "raad");
        assertThat(oidc.ownerValues()).containsEntry("va-wijken", Set.of("wijken"));
        assertThat(oidc.toString()).doesNotContain("s3cret");
        assertThatThrownBy(() -> SecuritySettings.load(Map.of(OidcSettings.ISSUER, "https://idp.example")::get))
                .isInstanceOf(SettingsException.class).hasMessageStartingWith("VEILIGHEID_OIDC_CLIENT_ID: missing");
    }
}
