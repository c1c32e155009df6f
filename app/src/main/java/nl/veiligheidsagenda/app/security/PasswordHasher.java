package nl.veiligheidsagenda.app.security;

import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Argon2id password hashes (Spring Security's encoder on Bouncy Castle), with OWASP's recommended minimum cost:
 * 19 MiB of memory, 2 iterations, parallelism 1, a 16-byte random salt and a 32-byte hash. The encoded hash
 * carries its parameters ({@code $argon2id$v=19$m=19456,t=2,p=1$…}), so stronger settings later still verify old
 * hashes. Passwords are never stored or logged in clear.
 * <p>
 * Hashes are computed on threads of their own, at most one per processor at a time; more wait their turn (first
 * come, first served), never refused. Each takes 19 MiB and about 0.1 s of a core. Requests run on virtual threads,
 * which share as many carrier threads as there are processors and are never preempted: hashes computed on them held
 * every carrier (and so every page) for their whole length during a storm of sign-ins (a meeting starting). On
 * threads of their own, the operating system shares the processors between hashes and pages, and a request waiting
 * for its hash holds no carrier. (One hasher per two processors left pages more room but, on a machine busy with
 * other work, halved the sign-ins' share: 57 of 180 sign-ins timed out after 30 s in bench/load.sh.)
 */
public final class PasswordHasher {

    private static final int SALT_BYTES = 16;
    private static final int HASH_BYTES = 32;
    private static final int PARALLELISM = 1;
    private static final int MEMORY_KIB = 19 * 1024;
    private static final int ITERATIONS = 2;

    private final ThreadPoolExecutor hashers;
    private final Argon2PasswordEncoder encoder =
            new Argon2PasswordEncoder(SALT_BYTES, HASH_BYTES, PARALLELISM, MEMORY_KIB, ITERATIONS);
    /**
     * Compared against when an account does not exist, so a wrong name costs as much time as a wrong password.
     * Hashed on a thread of its own, so that the start-up does not wait for it.
     */
    private final CompletableFuture<String> dummyHash = CompletableFuture.supplyAsync(
            () -> encoder.encode("no account has this password: timing only"),
            task -> Thread.ofPlatform().daemon().name("argon2-dummy-hash").start(task));

    public PasswordHasher() {
        this(Runtime.getRuntime().availableProcessors());
    }

    /** @param concurrency how many hashes may be computed at the same time */
    PasswordHasher(int concurrency) {
        hashers = new ThreadPoolExecutor(concurrency, concurrency, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("argon2-", 1).factory());
        hashers.allowCoreThreadTimeOut(true); // no idle threads between sign-ins
    }

    public String hash(String password) {
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("an empty password cannot be hashed");
        }
        return inTurn(() -> encoder.encode(password));
    }

    /** True when {@code password} matches {@code hash}; false for a missing or malformed hash. */
    public boolean matches(String password, String hash) {
        if (password == null || hash == null || !hash.startsWith("$argon2")) {
            spendVerificationTime(password);
            return false;
        }
        try {
            return inTurn(() -> encoder.matches(password, hash));
        } catch (RuntimeException malformed) {
            return false;
        }
    }

    /** Spends the time of one verification without an account, against user enumeration by timing. */
    public void spendVerificationTime(String password) {
        String dummy = dummyHash.join();
        inTurn(() -> encoder.matches(password == null ? "" : password, dummy));
    }

    /** How many hashes wait for their turn now. */
    int waiting() {
        return hashers.getQueue().size();
    }

    /** Runs {@code work} on a hasher thread when its turn comes, and waits for it. */
    <T> T inTurn(Supplier<T> work) {
        try {
            return CompletableFuture.supplyAsync(work, hashers).join();
        } catch (CompletionException failed) {
            if (failed.getCause() instanceof RuntimeException cause) {
                throw cause;
            }
            if (failed.getCause() instanceof Error cause) {
                throw cause;
            }
            throw failed;
        }
    }
}
