package nl.veiligheidsagenda.app.security;

import org.junit.jupiter.api.Test;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Argon2id hashes: salted, self-describing, never the password itself; the password policy's rules. */
class PasswordHasherTest {

    private final PasswordHasher hasher = new PasswordHasher();

    @Test
    void hashesWithArgon2idAndTheOwaspMinimumCost() {
        String hash = hasher.hash("een lange zin als wachtwoord");

        assertThat(hash).startsWith("$argon2id$v=19$m=19456,t=2,p=1$").doesNotContain("wachtwoord");
        assertThat(hasher.matches("een lange zin als wachtwoord", hash)).isTrue();
        assertThat(hasher.matches("een lange zin als wachtwoorD", hash)).isFalse();
        assertThat(hasher.matches("", hash)).isFalse();
    }

    @Test
    void saltsEveryHash() {
        assertThat(hasher.hash("hetzelfde wachtwoord")).isNotEqualTo(hasher.hash("hetzelfde wachtwoord"));
    }

    @Test
    void refusesMissingAndMalformedHashes() {
        assertThat(hasher.matches("iets", null)).isFalse();
        assertThat(hasher.matches("iets", "plain text")).isFalse();
        assertThat(hasher.matches("iets", "$argon2id$kapot")).isFalse();
    }

    @Test
    void aHashWaitsForItsTurnWhileAllTurnsAreTakenAndIsThenComputed() throws Exception {
        PasswordHasher oneAtATime = new PasswordHasher(1);
        String hash = oneAtATime.hash("een lange zin als wachtwoord");
        CompletableFuture<Boolean> waiter = new CompletableFuture<>();

        oneAtATime.inTurn(() -> {
            Thread.ofPlatform().start(() -> waiter.complete(oneAtATime.matches("een lange zin als wachtwoord", hash)));
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
            while (oneAtATime.waiting() == 0 && System.nanoTime() < deadline) {
                Thread.onSpinWait();
            }
            assertThat(oneAtATime.waiting()).as("the second verification waits for the only turn").isEqualTo(1);
            assertThat(waiter).isNotDone();
            return null;
        });

        assertThat(waiter.get(30, TimeUnit.SECONDS)).as("and is verified once the turn is free").isTrue();
        assertThat(oneAtATime.waiting()).isZero();
    }

    @Test
    void hashesOnAThreadOfItsOwnSoThatARequestsVirtualThreadLetsItsCarrierServeOthers() throws Exception {
        Thread[] hashedOn = new Thread[1];
        Thread caller = Thread.ofVirtual().start(() -> hashedOn[0] = hasher.inTurn(Thread::currentThread));
        caller.join();

        assertThat(hashedOn[0]).isNotSameAs(caller);
        assertThat(hashedOn[0].isVirtual()).isFalse();
        assertThat(hashedOn[0].getName()).startsWith("argon2-");
    }

    @Test
    void thePolicyAsksForTwelveCharactersAndRefusesTheObvious() {
        assertThat(PasswordPolicy.problem("kort", "jan")).contains("Het wachtwoord moet minstens 12 tekens lang zijn.");
        assertThat(PasswordPolicy.problem("jansen-is-de-baas", "jansen")).isPresent();
        assertThat(PasswordPolicy.problem("Wachtwoord123", "jan")).isPresent();
        assertThat(PasswordPolicy.problem("aaaaaaaaaaaaaa", "jan")).isPresent();
        assertThat(PasswordPolicy.problem("x".repeat(129), "jan")).isPresent();
        assertThat(PasswordPolicy.problem("fiets over de dijk naar huis", "jan")).isEmpty();
    }
}
