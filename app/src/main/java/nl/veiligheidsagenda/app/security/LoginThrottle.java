package nl.veiligheidsagenda.app.security;

import nl.veiligheidsagenda.app.security.JdbcLoginFailureStore.Failures;
import nl.veiligheidsagenda.app.security.JdbcLoginFailureStore.Kind;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Slows down password guessing: after {@value #FREE_FAILURES_PER_ACCOUNT} failed sign-ins for one account name,
 * or {@value #FREE_FAILURES_PER_ADDRESS} from one address, further attempts are refused for a while (30 seconds,
 * doubling with every further failure, at most 15 minutes) without even checking the password. Failures are
 * forgotten 15 minutes after the last one, and an account's on a successful sign-in. Kept in the database, so
 * every application instance on it counts the same failures and a restart forgets nothing.
 */
public final class LoginThrottle {

    static final int FREE_FAILURES_PER_ACCOUNT = 5;
    static final int FREE_FAILURES_PER_ADDRESS = 20;
    static final Duration FIRST_LOCK = Duration.ofSeconds(30);
    static final Duration MAX_LOCK = Duration.ofMinutes(15);
    static final Duration FORGET_AFTER = Duration.ofMinutes(15);

    private final Clock clock;
    private final JdbcLoginFailureStore store;

    LoginThrottle(Clock clock, JdbcLoginFailureStore store) {
        this.clock = clock;
        this.store = store;
    }

    /** How long the caller must wait before trying again; empty when an attempt is allowed now. */
    public Optional<Duration> retryAfter(String username, String address) {
        Instant now = clock.instant();
        Duration account = wait(store.find(Kind.ACCOUNT, key(username)).orElse(null), now);
        Duration origin = wait(store.find(Kind.ADDRESS, address).orElse(null), now);
        Duration longest = account.compareTo(origin) >= 0 ? account : origin;
        return longest.isZero() ? Optional.empty() : Optional.of(longest);
    }

    public void failed(String username, String address) {
        Instant now = clock.instant();
        store.forgetLastBefore(now.minus(FORGET_AFTER));
        store.update(Kind.ACCOUNT, key(username), old -> next(old, now, FREE_FAILURES_PER_ACCOUNT));
        store.update(Kind.ADDRESS, address, old -> next(old, now, FREE_FAILURES_PER_ADDRESS));
    }

    public void succeeded(String username) {
        store.forget(Kind.ACCOUNT, key(username));
    }

    private static Failures next(Failures old, Instant now, int free) {
        int count = old == null || old.last().plus(FORGET_AFTER).isBefore(now) ? 1 : old.count() + 1;
        Instant lockedUntil = null;
        if (count >= free) {
            long factor = 1L << Math.min(count - free, 20);
            Duration lock = FIRST_LOCK.multipliedBy(factor);
            lockedUntil = now.plus(lock.compareTo(MAX_LOCK) > 0 ? MAX_LOCK : lock);
        }
        return new Failures(count, now, lockedUntil);
    }

    private static Duration wait(Failures failures, Instant now) {
        if (failures == null || failures.lockedUntil() == null || !failures.lockedUntil().isAfter(now)) {
            return Duration.ZERO;
        }
        return Duration.between(now, failures.lockedUntil());
    }

    private static String key(String username) {
        return PeopleService.normalise(username);
    }
}
