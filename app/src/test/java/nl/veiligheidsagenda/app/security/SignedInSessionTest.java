package nl.veiligheidsagenda.app.security;

import com.vaadin.flow.server.auth.NavigationAccessControl;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Redirects after sign-in stay on this server, also to the page Vaadin remembered. */
class SignedInSessionTest {

    @Test
    void redirectsOnlyToLocalPaths() {
        assertThat(SignedInSession.safeLocalPath("thema/wijken")).isEqualTo("/thema/wijken");
        assertThat(SignedInSession.safeLocalPath("/acties?thema=wijken")).isEqualTo("/acties?thema=wijken");
        assertThat(SignedInSession.safeLocalPath("//evil.example/x")).isEqualTo("/");
        assertThat(SignedInSession.safeLocalPath("https://evil.example/")).isEqualTo("/");
        assertThat(SignedInSession.safeLocalPath("/\\evil.example")).isEqualTo("/");
        assertThat(SignedInSession.safeLocalPath(null)).isEqualTo("/");
        assertThat(SignedInSession.safeLocalPath("login?fout=onjuist")).isEqualTo("/");
    }

    @Test
    void looksForThePageVaadinRememberedUnderVaadinsOwnName() {
        assertThat(SignedInSession.VAADIN_RETURN_TO).isEqualTo(NavigationAccessControl.SESSION_STORED_REDIRECT);
    }
}
