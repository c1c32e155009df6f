package nl.veiligheidsagenda.app.security;

import java.time.Duration;
import java.util.Optional;

/**
 * The outcome of a sign-in attempt: the person, or the reason it failed (each with its own Dutch message in the
 * login view and the API).
 */
public record SignIn(Optional<Person> person, Failure failure, Duration retryAfter) {

    public enum Failure {
        /** Unknown name or wrong password: deliberately one answer for both. */
        BAD_CREDENTIALS,
        DISABLED,
        THROTTLED,
        /** A generated password still has to be changed in the app before the API accepts it. */
        PASSWORD_CHANGE_REQUIRED,
        TOKEN_MALFORMED,
        /** Unknown or revoked API token. */
        TOKEN_INVALID,
        /** The identity provider's claims map to no role here. */
        NO_ROLE,
        /** The OpenID Connect exchange failed (state, token, signature, provider unreachable). */
        OIDC_FAILED
    }

    static SignIn success(Person person) {
        return new SignIn(Optional.of(person), null, Duration.ZERO);
    }

    static SignIn failure(Failure failure) {
        return new SignIn(Optional.empty(), failure, Duration.ZERO);
    }

    static SignIn throttled(Duration retryAfter) {
        return new SignIn(Optional.empty(), Failure.THROTTLED, retryAfter);
    }

    public boolean succeeded() {
        return person.isPresent();
    }

    /** Whole minutes to wait, rounded up (for messages). */
    public long retryAfterMinutes() {
        return Math.max(1, (retryAfter.toSeconds() + 59) / 60);
    }
}
