package nl.veiligheidsagenda.app.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * API tokens: created by an admin for one person, shown once, stored as a SHA-256 hash (a token has 256 random
 * bits, so a fast hash is safe here, unlike for passwords), revocable. A token acts with the person's current
 * role and stops working when the person is disabled.
 */
public final class ApiTokenService {

    /** Every token looks like this: {@code va_} and 43 base64url characters (32 random bytes). */
    static final Pattern FORMAT = Pattern.compile("va_[A-Za-z0-9_-]{43}");
    private static final int PREFIX_LENGTH = 8;
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final JdbcApiTokenStore store;
    private final PeopleService people;
    private final AuditLog audit;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    ApiTokenService(JdbcApiTokenStore store, PeopleService people, AuditLog audit, Clock clock) {
        this.store = store;
        this.people = people;
        this.audit = audit;
        this.clock = clock;
    }

    /** A new token: {@code secret} is shown to the admin once and never again. */
    public record Created(ApiToken token, String secret) {
    }

    /** Why a presented token was not accepted. */
    public enum Rejection {
        MALFORMED, UNKNOWN, REVOKED, DISABLED
    }

    /** The outcome of presenting a token: the person, or why not. */
    public record Check(Optional<Person> person, Rejection rejection) {
    }

    public Created create(Actor admin, long personId, String label) {
        Person person = people.list(admin).stream().filter(candidate -> candidate.id() == personId).findFirst()
                .orElseThrow(() -> new InvalidInputException("Deze persoon bestaat niet (meer)."));
        String target = "person:" + person.username();
        String name = label == null ? "" : label.strip();
        if (name.isEmpty() || name.length() > 120) {
            audit.record(admin, "token.create", target, Outcome.FAILURE, "geen of te lange omschrijving");
            throw new InvalidInputException(InvalidInputException.Field.TOKEN_LABEL,
                    "Geef het token een omschrijving van hoogstens 120 tekens, bijvoorbeeld"
                    + " 'script cijfers 2025'.");
        }
        if (!person.enabled()) {
            audit.record(admin, "token.create", target, Outcome.FAILURE, "account uitgeschakeld");
            throw new InvalidInputException("Dit account is uitgeschakeld; maak eerst het account weer actief.");
        }
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        String secret = "va_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
        OffsetDateTime now = OffsetDateTime.now(clock);
        String prefix = secret.substring(0, PREFIX_LENGTH);
        ApiToken token = store.insert(personId, name, hash(secret), prefix, now, admin.username());
        audit.record(admin, "token.create", target, Outcome.SUCCESS, "token " + token.id() + " '" + name + "' ("
                + prefix + "…)");
        return new Created(token, secret);
    }

    /** Every token of the person, revoked ones included, newest first. */
    public List<ApiToken> list(Actor admin, long personId) {
        Guard.requireAdmin(audit, admin, "token.list", "person:" + personId);
        return store.ofPerson(personId);
    }

    public void revoke(Actor admin, long tokenId) {
        String target = "token:" + tokenId;
        Guard.requireAdmin(audit, admin, "token.revoke", target);
        Optional<ApiToken> found = store.find(tokenId);
        if (found.isEmpty() || !found.get().active()) {
            audit.record(admin, "token.revoke", target, Outcome.FAILURE, "onbekend of al ingetrokken");
            throw new InvalidInputException("Dit token bestaat niet of is al ingetrokken.");
        }
        store.revoke(tokenId, OffsetDateTime.now(clock), admin.username());
        audit.record(admin, "token.revoke", target + " (" + found.get().prefix() + "…)", Outcome.SUCCESS,
                "'" + found.get().label() + "'");
    }

    /** Looks a presented token up; the caller audits a rejection. */
    public Check check(String secret) {
        if (secret == null || !FORMAT.matcher(secret).matches()) {
            return new Check(Optional.empty(), Rejection.MALFORMED);
        }
        Optional<JdbcApiTokenStore.Presented> presented = store.byHash(hash(secret));
        if (presented.isEmpty()) {
            return new Check(Optional.empty(), Rejection.UNKNOWN);
        }
        if (presented.get().revoked()) {
            return new Check(Optional.empty(), Rejection.REVOKED);
        }
        Optional<Person> person = people.active(presented.get().personId());
        if (person.isEmpty()) {
            return new Check(Optional.empty(), Rejection.DISABLED);
        }
        OffsetDateTime now = OffsetDateTime.now(clock);
        OffsetDateTime lastUsed = presented.get().lastUsed();
        if (lastUsed == null || lastUsed.plus(LAST_USED_PRECISION).isBefore(now)) {
            store.touch(presented.get().tokenId(), now);
        }
        return new Check(person, null);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.US_ASCII)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JDK", e);
        }
    }
}
