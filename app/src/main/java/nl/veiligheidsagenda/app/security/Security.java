package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.config.SecuritySettings;
import nl.veiligheidsagenda.app.persistence.Database;
import nl.veiligheidsagenda.app.security.oidc.OidcClient;

import java.io.PrintStream;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The security services of one running application: people, API tokens, sign-in, throttling, the audit log and,
 * when configured, OpenID Connect.
 */
public final class Security {

    private final SecuritySettings settings;
    private final AuditLog audit;
    private final PeopleService people;
    private final ApiTokenService tokens;
    private final Authenticator authenticator;
    private final Optional<OidcClient> oidc;

    private Security(SecuritySettings settings, AuditLog audit, PeopleService people, ApiTokenService tokens,
                     Authenticator authenticator) {
        this.settings = settings;
        this.audit = audit;
        this.people = people;
        this.tokens = tokens;
        this.authenticator = authenticator;
        this.oidc = settings.oidc().map(OidcClient::new);
    }

    /**
     * Wires the services and, on the very first start, creates the admin account.
     *
     * @param themeIds the installed themes' ids (theme owners are scoped to them)
     * @param console  where a generated first-run password is printed
     */
    public static Security start(Database database, SecuritySettings settings, Supplier<Set<String>> themeIds,
                                 Clock clock, PrintStream console) {
        AuditLog audit = new AuditLog(new JdbcAuditStore(database.dataSource()), clock);
        PasswordHasher hasher = new PasswordHasher();
        PeopleService people = new PeopleService(new JdbcPeopleStore(database.dataSource()), hasher, audit, themeIds,
                clock);
        ApiTokenService tokens = new ApiTokenService(new JdbcApiTokenStore(database.dataSource()), people, audit,
                clock);
        Authenticator authenticator = new Authenticator(people, tokens, hasher,
                new LoginThrottle(clock, new JdbcLoginFailureStore(database.dataSource())), audit);
        people.createFirstRunAdmin(settings.adminPassword(), console);
        return new Security(settings, audit, people, tokens, authenticator);
    }

    public SecuritySettings settings() {
        return settings;
    }

    public AuditLog audit() {
        return audit;
    }

    public PeopleService people() {
        return people;
    }

    public ApiTokenService tokens() {
        return tokens;
    }

    public Authenticator authenticator() {
        return authenticator;
    }

    public Optional<OidcClient> oidc() {
        return oidc;
    }
}
