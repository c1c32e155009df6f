package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.security.oidc.OidcClient;
import nl.veiligheidsagenda.app.config.OidcSettings;
import nl.veiligheidsagenda.app.security.RoleMapping;

import java.util.Optional;

/**
 * Checks credentials: a local account's password (throttled, audited) and API tokens. Every attempt, success or
 * failure, goes to the audit log; a failure's reason is logged, while the user sees one message for a wrong name
 * and a wrong password alike.
 */
public final class Authenticator {

    /** Where a sign-in came from, written in the audit log's action. */
    public enum Channel {
        WEB("login"), API("api.login");

        final String action;

        Channel(String action) {
            this.action = action;
        }
    }

    private final PeopleService people;
    private final ApiTokenService tokens;
    private final PasswordHasher hasher;
    private final LoginThrottle throttle;
    private final AuditLog audit;

    Authenticator(PeopleService people, ApiTokenService tokens, PasswordHasher hasher, LoginThrottle throttle,
                  AuditLog audit) {
        this.people = people;
        this.tokens = tokens;
        this.hasher = hasher;
        this.throttle = throttle;
        this.audit = audit;
    }

    public SignIn password(String username, String password, Channel channel) {
        String name = PeopleService.normalise(username);
        String origin = RequestOrigin.current();
        String target = "person:" + (name.isEmpty() ? "(leeg)" : name);
        var wait = throttle.retryAfter(name, origin);
        if (wait.isPresent()) {
            audit.record(name.isEmpty() ? AuditLog.ANONYMOUS : name, channel.action, target, Outcome.FAILURE,
                    "geblokkeerd na herhaalde mislukte pogingen, nog " + wait.get().toSeconds() + " s");
            return SignIn.throttled(wait.get());
        }
        var stored = people.stored(name).filter(found -> found.person().source() == Person.Source.LOCAL);
        if (stored.isEmpty()) {
            hasher.spendVerificationTime(password);
            throttle.failed(name, origin);
            audit.record(AuditLog.ANONYMOUS, channel.action, target, Outcome.FAILURE, "onbekende gebruikersnaam");
            return SignIn.failure(SignIn.Failure.BAD_CREDENTIALS);
        }
        Person person = stored.get().person();
        if (!hasher.matches(password, stored.get().passwordHash())) {
            throttle.failed(name, origin);
            audit.record(name, channel.action, target, Outcome.FAILURE, "onjuist wachtwoord");
            return SignIn.failure(SignIn.Failure.BAD_CREDENTIALS);
        }
        if (!person.enabled()) {
            audit.record(name, channel.action, target, Outcome.FAILURE, "account uitgeschakeld");
            return SignIn.failure(SignIn.Failure.DISABLED);
        }
        throttle.succeeded(name);
        if (channel == Channel.API && person.mustChangePassword()) {
            audit.record(name, channel.action, target, Outcome.FAILURE, "wachtwoord moet eerst worden gewijzigd");
            return SignIn.failure(SignIn.Failure.PASSWORD_CHANGE_REQUIRED);
        }
        if (channel == Channel.WEB) {
            people.recordLogin(person.id());
            audit.record(name, channel.action, target, Outcome.SUCCESS, "met wachtwoord"
                    + (person.mustChangePassword() ? "; moet wachtwoord wijzigen" : ""));
        } else {
            audit.record(name, channel.action, target, Outcome.SUCCESS, "met wachtwoord (HTTP Basic)");
        }
        return SignIn.success(person);
    }

    /**
     * An API token from an {@code Authorization: Bearer} header. Successful uses are not audited one by one (the
     * token's last use is kept); a person who must first change the password is refused, as with a password.
     */
    public SignIn token(String secret) {
        ApiTokenService.Check check = tokens.check(secret);
        if (check.person().isPresent()) {
            Person person = check.person().get();
            if (person.mustChangePassword()) {
                audit.record(person.username(), "api.login", "token:" + secret.substring(0, 8) + "…",
                        Outcome.FAILURE, "wachtwoord moet eerst worden gewijzigd");
                return SignIn.failure(SignIn.Failure.PASSWORD_CHANGE_REQUIRED);
            }
            return SignIn.success(person);
        }
        String prefix = secret == null ? "" : secret.substring(0, Math.min(8, secret.length()))
                .replaceAll("[^A-Za-z0-9_-]", "?");
        audit.record(AuditLog.ANONYMOUS, "api.login", "token:" + prefix + "…", Outcome.FAILURE, switch (check.rejection()) {
            case MALFORMED -> "token heeft geen geldige vorm";
            case UNKNOWN -> "onbekend token";
            case REVOKED -> "ingetrokken token";
            case DISABLED -> "account van het token is uitgeschakeld";
        });
        return SignIn.failure(check.rejection() == ApiTokenService.Rejection.MALFORMED
                ? SignIn.Failure.TOKEN_MALFORMED : SignIn.Failure.TOKEN_INVALID);
    }

    /** Someone the identity provider vouched for: mapped to a role, their account created or updated. */
    public SignIn oidc(OidcSettings settings, OidcClient.Identity identity) {
        String name = PeopleService.normalise(identity.username());
        String target = "person:" + name;
        Optional<RoleMapping.Mapped> mapped = RoleMapping.map(settings, identity.roleValues());
        if (mapped.isEmpty()) {
            audit.record(name, "login", target, Outcome.FAILURE, "OpenID Connect: geen rol voor de waarden "
                    + identity.roleValues() + " van claim '" + settings.roleClaim() + "'");
            return SignIn.failure(SignIn.Failure.NO_ROLE);
        }
        Person person;
        try {
            person = people.syncOidcPerson(name, identity.displayName(), mapped.get().role(), mapped.get().themes());
        } catch (InvalidInputException e) {
            audit.record(name, "login", target, Outcome.FAILURE, "OpenID Connect: " + e.getMessage());
            return SignIn.failure(SignIn.Failure.OIDC_FAILED);
        }
        if (!person.enabled()) {
            audit.record(name, "login", target, Outcome.FAILURE, "OpenID Connect: account uitgeschakeld");
            return SignIn.failure(SignIn.Failure.DISABLED);
        }
        people.recordLogin(person.id());
        audit.record(name, "login", target, Outcome.SUCCESS, "via OpenID Connect");
        return SignIn.success(people.active(person.id()).orElse(person));
    }

    /** The OpenID Connect exchange itself failed (state, code, signature, provider). */
    public SignIn oidcFailed(String reason) {
        audit.record(AuditLog.ANONYMOUS, "login", "oidc", Outcome.FAILURE, "OpenID Connect: " + reason);
        return SignIn.failure(SignIn.Failure.OIDC_FAILED);
    }
}
